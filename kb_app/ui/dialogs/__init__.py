"""Dialogs, each imported the first time it is opened (none is on the start-up path)."""
