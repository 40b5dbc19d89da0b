"""Widgets and looks shared by every view: themes, layouts, the guarded text view, file dialogs,
names for codes and the window's table of type names."""
