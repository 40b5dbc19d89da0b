"""Text analysis, below content and search alike: tokens, folding, the stemmers, and each
language's question and type words."""
