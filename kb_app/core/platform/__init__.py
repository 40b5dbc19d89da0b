"""What the rest stands on: atomic writes, the profile lock, paths, worker processes, output cleaning."""
