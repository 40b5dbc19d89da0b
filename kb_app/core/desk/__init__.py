"""Paper for the desk: the checklist's case and summary, the referral sheet, the client handout,
vCards."""
