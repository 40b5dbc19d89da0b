"""Content packs: the file format, signatures and trust, installing, building, what an update changed."""
