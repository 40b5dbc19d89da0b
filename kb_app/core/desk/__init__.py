"""Paper for the desk: the checklist's case, the referral sheet, the client handout."""
