"""What the user makes, in the user's own database and profile: notes, bookmarks and history,
recovery drafts, the office notes folder, problem reports, workshop sessions, preferences."""
