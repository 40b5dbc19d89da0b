"""What every view stands on: the context they share (profile, library, user data, operations),
work off the GUI thread, translations, the settings file and the app's resources."""
