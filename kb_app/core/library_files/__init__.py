"""An installed library on disk: its folder layout, database schema and index signature, which one
is active, and how its large text columns are stored."""
