"""The worker's notes: the panel, the office folder."""
