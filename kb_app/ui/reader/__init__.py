"""The reader: pages by location, links, find in page, marks, table of contents, and the page's
links and headings as objects a screen reader reaches."""
