"""An installed library: its on-disk format, the active one of a profile, read access, getting one at start."""
