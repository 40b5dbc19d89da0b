"""Finding things: text analysis and stemmers, the index, postings, queries, ranking and snippets."""
