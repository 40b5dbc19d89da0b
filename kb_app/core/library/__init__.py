"""An installed library as the app uses it: read access with search (``library_db``) and getting
a usable one at start (``bootstrap``)."""
