"""Widgets and looks shared by every view: themes, layouts, printing, file dialogs, names for codes."""
