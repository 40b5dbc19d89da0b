"""The indicator checklist and the sheets it ends in."""
