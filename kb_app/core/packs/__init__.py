"""Content packs: the file format, signatures and trust, installing and rolling back, building,
what an update changed."""
