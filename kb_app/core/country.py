"""The country a library is for, as its content declares it (``country.yaml``, knowledge/README.md).

The core knows no country: the languages documents are written in (each with the analyzer search
reads it with), the contact categories, indicator areas and municipality kinds with their labels
in each UI language all come from here. The indexer stores the declaration in ``library.db`` (table
``country``) and the app reads it back with :func:`read_country`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb_app.core import schema
from kb_app.core.schema import Path_

COUNTRY_FILE = "country.yaml"
# The lists of codes a country declares, each a kind of thing its content refers to.
CATEGORY, AREA, MUNICIPALITY_KIND = "contact_categories", "indicator_areas", "municipality_kinds"
CODE_LISTS = (CATEGORY, AREA, MUNICIPALITY_KIND)
# The interface languages every label must be given in (the app's own translations).
UI_LANGS = ("lv", "en")

Report = Callable[[Path_, str], None]


@dataclass(frozen=True)
class Term:
    """One declared code and what it is called in each UI language."""

    code: str
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def label(self, ui_lang: str) -> str:
        return self.labels.get(ui_lang) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class Language(Term):
    analyzer: str = "plain"


@dataclass(frozen=True)
class Country:
    code: str
    labels: dict[str, str]
    languages: tuple[Language, ...]
    terms: dict[str, tuple[Term, ...]]  # CODE_LISTS → declared terms, in declared order
    calling_code: str = ""  # the country's telephone code, digits only (e.g. 371)

    def codes(self, kind: str) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms.get(kind, ()))

    def language_codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.languages)

    def analyzers(self) -> dict[str, str]:
        """Language code → analyzer name."""
        return {lang.code: lang.analyzer for lang in self.languages}

    def labels_of(self, kind: str, ui_lang: str) -> dict[str, str]:
        """Code → label in ``ui_lang`` for one of CODE_LISTS (or ``languages``)."""
        terms: Iterable[Term] = self.languages if kind == "languages" else self.terms.get(kind, ())
        return {t.code: t.label(ui_lang) for t in terms}


def _labels(value: Any, path: Path_, report: Report) -> dict[str, str]:
    if not isinstance(value, dict):
        report(path, "'label' must map each UI language to a text, e.g. {lv: Policija, en: Police}")
        return {}
    out = {str(k): v.strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
    for key, text in value.items():
        if not (isinstance(text, str) and text.strip()):
            report((*path, str(key)), f"the '{key}' label must be a non-empty text")
    for ui_lang in UI_LANGS:
        if ui_lang not in value:
            report(path, f"'label' needs a text for the UI language '{ui_lang}'")
    return out


def parse_country(data: Any, report: Report, is_analyzer: Callable[[str], bool]) -> Country | None:
    """The declaration in ``data`` (the parsed YAML), every problem reported with its path."""
    if not isinstance(data, dict):
        report((), "country.yaml must be a mapping with 'country', 'languages', "
                   + ", ".join(f"'{k}'" for k in CODE_LISTS))
        return None
    allowed = {"country", "name", "calling_code", "languages", *CODE_LISTS}
    for key in data:
        if key not in allowed:
            report((str(key),), f"unknown key '{key}' in country.yaml (allowed: {', '.join(sorted(allowed))})")
    code = data.get("country")
    if not isinstance(code, str) or not code.strip():
        report(("country",) if "country" in data else (), "'country' must name the country (a short code, e.g. lt)")
        code = ""
    name = _labels(data["name"], ("name",), report) if "name" in data else {}

    def entries(key: str) -> list[tuple[int, dict[str, Any]]]:
        raw = data.get(key)
        if not isinstance(raw, list) or not raw:
            report((key,) if key in data else (), f"'{key}' must be a list of at least one entry")
            return []
        out = []
        seen: set[str] = set()
        for i, entry in enumerate(raw):
            if not isinstance(entry, dict):
                report((key, i), f"each entry of '{key}' must be a mapping like {{code: ..., label: {{...}}}}")
                continue
            extra = set(entry) - ({"code", "label", "analyzer"} if key == "languages" else {"code", "label"})
            for k in sorted(map(str, extra)):
                report((key, i, k), f"unknown key '{k}' in an entry of '{key}'")
            value = entry.get("code")
            if key == "languages":
                ok = isinstance(value, str) and len(value) in (2, 3) and value.isascii() and value.isalpha() \
                    and value.islower()
                if not ok:
                    report((key, i, "code") if "code" in entry else (key, i),
                           f"a language 'code' is its ISO 639 code in lower case (e.g. lt), got {value!r}")
                    continue
            else:
                schema.slug(value, (key, i, "code"), report)
                if not isinstance(value, str) or not schema.SLUG_RE.match(value):
                    continue
            if value in seen:
                report((key, i, "code"), f"duplicate code '{value}' in '{key}'")
                continue
            seen.add(str(value))
            out.append((i, entry))
        return out

    languages = []
    for i, entry in entries("languages"):
        analyzer = entry.get("analyzer")
        if not isinstance(analyzer, str) or not is_analyzer(analyzer):
            report((("languages", i, "analyzer") if "analyzer" in entry else ("languages", i)),
                   "'analyzer' must be latvian, english, plain or snowball:<language> (one of Snowball's "
                   f"stemmers, e.g. snowball:lithuanian), got {analyzer!r}")
            analyzer = "plain"
        labels = _labels(entry.get("label"), ("languages", i, "label"), report)
        languages.append(Language(entry["code"], labels, analyzer))
    terms = {key: tuple(Term(e["code"], _labels(e.get("label"), (key, i, "label"), report))
                        for i, e in entries(key)) for key in CODE_LISTS}
    calling = data.get("calling_code", "")
    if not (isinstance(calling, str) and (calling == "" or (calling.isdigit() and len(calling) <= 4))):
        report(("calling_code",), f"'calling_code' is the country's telephone code in quotes, digits only "
                                  f"(e.g. \"370\"), got {calling!r}")
        calling = ""
    return Country(code, name, tuple(languages), terms, calling)


# -- in library.db ------------------------------------------------------------------------------


def country_rows(country: Country) -> list[tuple[str, str, int, str, str]]:
    """The rows of the ``country`` table: (list, code, position, analyzer, labels as JSON)."""
    rows = [("country", country.code, 0, "", json.dumps(country.labels, ensure_ascii=False))]
    rows += [("languages", lang.code, i, lang.analyzer, json.dumps(lang.labels, ensure_ascii=False))
             for i, lang in enumerate(country.languages)]
    rows += [(kind, t.code, i, "", json.dumps(t.labels, ensure_ascii=False))
             for kind in CODE_LISTS for i, t in enumerate(country.terms[kind])]
    return rows


def read_country(conn: sqlite3.Connection) -> Country | None:
    """The declaration a library was built with; None for a library without one."""
    try:
        rows = conn.execute("SELECT list, code, analyzer, labels FROM country ORDER BY list, position").fetchall()
    except sqlite3.Error:
        return None
    if not rows:
        return None
    code, name = "", dict[str, str]()
    languages: list[Language] = []
    terms: dict[str, list[Term]] = {kind: [] for kind in CODE_LISTS}
    for kind, value, analyzer, raw in rows:
        labels = json.loads(raw) if raw else {}
        if kind == "country":
            code, name = str(value), labels
        elif kind == "languages":
            languages.append(Language(str(value), labels, str(analyzer)))
        elif kind in terms:
            terms[kind].append(Term(str(value), labels))
    return Country(code, name, tuple(languages), {k: tuple(v) for k, v in terms.items()})


# -- libraries installed before packs declared their country ---------------------------------------

def infer_declaration(content: Path) -> bool:
    """Write ``content/country.yaml`` from the codes the content uses, when it has none; True if written.

    For a library installed from a pack made before country.yaml existed (re-indexed after an app
    update): its codes stay valid and its languages get the project's own analyzer (else ``plain``);
    labels are the codes until the next pack brings a real declaration.
    """
    import yaml

    from kb_app.core.analysis import analysis_lang
    from kb_app.core.frontmatter import FrontMatterError, split

    target = content / COUNTRY_FILE
    if target.exists() or not content.is_dir():
        return False
    used: dict[str, dict[str, None]] = {"languages": {}, CATEGORY: {}, AREA: {}, MUNICIPALITY_KIND: {}}
    keys = {"lang": "languages", "category": CATEGORY, "area": AREA}
    for path in sorted(content.rglob("*.md")):
        try:
            data = split(path.read_text("utf-8")).data
        except (OSError, UnicodeError, FrontMatterError):
            continue  # validation reports it
        for key, kind in keys.items():
            if isinstance(data.get(key), str):
                used[kind][data[key]] = None
    try:
        munis = yaml.safe_load((content / "municipalities.yaml").read_text("utf-8")) or {}
    except (OSError, UnicodeError, yaml.YAMLError):
        munis = {}
    for entry in munis.get("municipalities") or [] if isinstance(munis, dict) else []:
        if isinstance(entry, dict) and isinstance(entry.get("kind"), str):
            used[MUNICIPALITY_KIND][entry["kind"]] = None
    for kind in (CATEGORY, AREA, MUNICIPALITY_KIND):
        used[kind] = used[kind] or {"other": None}

    def labels(code: str) -> dict[str, str]:
        return dict.fromkeys(UI_LANGS, code)

    declaration: dict[str, Any] = {
        "country": "xx",
        "languages": [{"code": code, "analyzer": analysis_lang(code), "label": labels(code)}
                      for code in used["languages"] or {"en": None}],
        **{kind: [{"code": code, "label": labels(code)} for code in used[kind]]
           for kind in (CATEGORY, AREA, MUNICIPALITY_KIND)},
    }
    target.write_text(yaml.safe_dump(declaration, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return True
