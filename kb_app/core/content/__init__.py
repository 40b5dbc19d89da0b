"""What a library is made of: front matter, Markdown, document types, loading and validating a
knowledge folder, the country it declares, the words a page adds, the reader's page."""
