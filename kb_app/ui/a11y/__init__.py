"""What a screen reader and a keyboard user need beyond names: announcements, focus states,
list headings, the focus ring."""
