"""Search as you type and browsing: the field, the worker thread, the hit list, the library tree."""
