"""Names people read for the content's codes.

Document types are the app's own, named in their registry (kb_app.core.content.doctypes, copied
for the start path to kb_app.ui.look.doc_type_names) and translated through Qt (context "Labels");
contact categories, indicator areas and municipality kinds are the country's, labelled in its
declaration (country.yaml in the pack).
Functions, not constants: the language can change while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kb_app.core.library.library_db import Library
from kb_app.ui.look import doc_type_names

DOC_TYPES: tuple[str, ...] = tuple(doc_type_names.TYPE_NAMES)


def type_names() -> dict[str, str]:
    """Singular, for badges next to a title."""
    names = {code: QCoreApplication.translate("Labels", t.label) for code, t in doc_type_names.TYPE_NAMES.items()}
    return {**names, "note": QCoreApplication.translate("Labels", "My note")}


def type_plurals() -> dict[str, str]:
    """Headings of the library tree."""
    return {code: QCoreApplication.translate("Labels", t.plural) for code, t in doc_type_names.TYPE_NAMES.items()}


def search_filter_names() -> dict[str, str]:
    """The types "Search in:" offers, in the registry's order, with their names there."""
    return {
        code: QCoreApplication.translate("Labels", t.search_filter)
        for code, t in doc_type_names.TYPE_NAMES.items()
        if t.search_filter
    }


def ui_lang() -> str:
    """The interface language's code (i18n.install sets the default locale to it)."""
    return QLocale().name().split("_")[0] or "en"


def declared_names(library: Library | None, kind: str) -> dict[str, str]:
    """Code → label in the interface language for one list of the library's country declaration
    (kb_app.core.content.country: contact_categories, indicator_areas, municipality_kinds, languages)."""
    country = library.country() if library is not None else None
    return country.labels_of(kind, ui_lang()) if country is not None else {}


# kb_app.core.content.country (and the schema it brings) loads when one of its labels is first asked for:
# the first screen shows none.


def category_names(library: Library | None) -> dict[str, str]:
    from kb_app.core.content.country import CATEGORY

    return declared_names(library, CATEGORY)


def municipality_kind_names(library: Library | None) -> dict[str, str]:
    from kb_app.core.content.country import MUNICIPALITY_KIND

    return declared_names(library, MUNICIPALITY_KIND)
