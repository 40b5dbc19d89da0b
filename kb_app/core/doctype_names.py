"""How the interface names each document type, apart from the registry in :mod:`kb_app.core.doctypes`.

The window's first screen heads its library tree with these names; the registry itself brings the
front-matter schema and the country declaration with it, which only validation and rendering need.
English here; ``kb_app.ui.labels`` translates them (context "Labels" in resources/translations).
"""

from __future__ import annotations

from typing import NamedTuple


class TypeName(NamedTuple):
    label: str  # singular, for a badge next to a title
    plural: str  # a heading of the library tree
    icon: str  # a freedesktop icon theme name


TYPE_NAMES: dict[str, TypeName] = {
    "article": TypeName("Article", "Articles", "text-x-generic"),
    "indicators": TypeName("Indicators", "Indicator sets", "view-list-details"),
    "contact": TypeName("Contact", "Contacts", "contact-new"),
    "scenario": TypeName("Scenario", "Workshop scenarios", "system-users"),
    "handout": TypeName("Client handout", "Client handouts", "document-print"),
}
