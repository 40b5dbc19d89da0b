"""Search as you type and browsing: the field, the worker thread, the hit list, recent queries,
the library tree."""
