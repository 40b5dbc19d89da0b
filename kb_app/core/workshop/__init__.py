"""The workshop laboratory: the printable kit and the cooperation map (the groups' answers are
user data: kb_app.core.userdata.workshop_sessions)."""
