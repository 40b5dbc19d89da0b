"""The worker's notes: the panel, their search index, the office folder, backup and restore,
export and import, notes whose document is gone, recovered drafts."""
