"""Paper: printing and PDF of pages, the referral sheet and the client handout, the workshop kit."""
