"""The main window and what starts it: the application, the window that holds every view, its
commands and their F1 table, moving between panels, start-up."""
