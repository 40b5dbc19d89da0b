"""Finding things: the index built on the user's machine, postings and prefix orders, queries,
ranking, snippets and the notes' own index."""
