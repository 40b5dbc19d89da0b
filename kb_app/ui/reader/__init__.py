"""The reader: pages by location, links, find in page, marks, table of contents, what a screen reader reaches."""
