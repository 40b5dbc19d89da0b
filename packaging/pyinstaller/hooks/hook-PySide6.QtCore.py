"""Replaces PyInstaller's hook for PySide6.QtCore: same collection, trimmed by build.spec's hooksconfig."""

from qt_trim import trimmed_qt_hook

hook = trimmed_qt_hook(__file__)
