"""The versions of the text analyzers, apart from the analyzers themselves.

Every start checks that the installed index was built with these versions
(libformat.index_is_current); keeping them here spares that check loading the stemmers.
kb_app.core.search.analysis declares each analyzer with its version from this table.
"""

from __future__ import annotations

# Bump the version of an analyzer when its output changes (stemmer, overrides, stopwords, folding):
# installed indexes are then rebuilt on the next start. tests/core/test_analysis.py pins sample terms.
ANALYZER_VERSIONS: dict[str, str] = {
    "latvian": "lv-light-2",
    "english": "en-snowball-2",
    "plain": "plain-2",
}
# Snowball's stemmers are a library we pin through pyproject; its output changes only with it.
SNOWBALL_VERSION = "snowball-2"

ANALYZER_VERSION = ";".join([*ANALYZER_VERSIONS.values(), SNOWBALL_VERSION])
