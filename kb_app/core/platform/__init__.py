"""What the rest stands on: typed errors, atomic writes, the profile lock, paths, worker
processes, the one output cleaner, the list of UI languages."""
