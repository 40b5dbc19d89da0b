"""What a screen reader and a keyboard user need beyond names: announcements, focus states, the focus ring."""
