"""The main window and what starts it: the application, the shared context, commands, panels, profile."""
