"""Offline knowledge base for social workers who meet possible victims of human trafficking."""

__version__ = "0.1.0"
APP_NAME = "kb-app"
APP_DISPLAY_NAME = "Cilvēktirdzniecības zināšanu bāze"
