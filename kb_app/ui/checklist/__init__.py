"""The indicator checklist: pick a set, tick what was observed, read the summary beside it (its
sheets are printed by kb_app.ui.paper)."""
