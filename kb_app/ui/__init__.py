"""The desktop app (PySide6 widgets) on top of :mod:`kb_app.core`.

Nothing under ``kb_app.core`` imports from here; widgets call down into the core for content and
user data and never hold content logic themselves. Entry points call
``kb_app.ui.window.pyside_fix.apply()`` before creating widgets (``app.run`` does).
"""
