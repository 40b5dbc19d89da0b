"""What the user makes: the user database, notes, bookmarks, drafts, the office folder, problem reports."""
