"""The content a library is made of: front matter, Markdown, document types, validation, the country."""
