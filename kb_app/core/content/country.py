"""The country a library is for, as its content declares it (``country.yaml``, knowledge/README.md).

The core knows no country: the languages documents are written in (each with the analyzer search
reads it with and any letters it folds), the contact categories, indicator areas and
municipality kinds with their labels in the UI languages, the texts a page adds to content in
each content language (kb_app.core.content.labels) and the emergency numbers of the referral sheet all
come from here. The indexer stores the declaration in ``library.db`` (table
``country``) and the app reads it back with :func:`read_country`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb_app.core.content import schema
from kb_app.core.content.labels import EmergencyNumber, Labels, parse_labels
from kb_app.core.content.schema import Path_
from kb_app.core.platform.ui_languages import FALLBACK_UI_LANG

if TYPE_CHECKING:
    from kb_app.core.text.search_words import DeclaredWords

COUNTRY_FILE = "country.yaml"
# The lists of codes a country declares, each a kind of thing its content refers to.
CATEGORY, AREA, MUNICIPALITY_KIND = "contact_categories", "indicator_areas", "municipality_kinds"
CODE_LISTS = (CATEGORY, AREA, MUNICIPALITY_KIND)
# Tables of country.yaml that are not lists of codes, and how library.db keeps them.
LABELS, EMERGENCY, SEARCH_WORDS = "labels", "emergency_numbers", "search_words"

Report = Callable[[Path_, str], None]


@dataclass(frozen=True)
class Term:
    """One declared code and what it is called in each UI language."""

    code: str
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def label(self, ui_lang: str) -> str:
        return self.labels.get(ui_lang) or self.labels.get(FALLBACK_UI_LANG) or self.code


@dataclass(frozen=True)
class Language(Term):
    analyzer: str = "plain"
    # Letters this language folds beyond Unicode's decomposition (kb_app.core.text.analysis.fold).
    folds: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def analysis(self) -> str:
        """What the index and queries of this language are analyzed with (analysis.analyzer_for)."""
        from kb_app.core.text.analysis import with_folds

        return with_folds(self.analyzer, self.folds)


@dataclass(frozen=True)
class Country:
    code: str
    labels: dict[str, str]
    languages: tuple[Language, ...]
    terms: dict[str, tuple[Term, ...]]  # CODE_LISTS → declared terms, in declared order
    calling_code: str = ""  # the country's telephone code, digits only
    texts: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)  # lang → group → key → text
    emergency_numbers: tuple[EmergencyNumber, ...] = ()
    # lang → the question and type words search reads it with (kb_app.core.text.search_words)
    search_words: dict[str, DeclaredWords] = field(default_factory=dict)

    def codes(self, kind: str) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms.get(kind, ()))

    def language_codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.languages)

    def analyzers(self) -> dict[str, str]:
        """Language code → what its text is analyzed with (the analyzer and the language's folds)."""
        return {lang.code: lang.analysis for lang in self.languages}

    def analyzer_of(self, code: str) -> str | None:
        """The analysis of a declared language code; None for a code this country does not declare."""
        return self.analyzers().get(code)

    def main_language(self) -> str:
        return self.languages[0].code if self.languages else FALLBACK_UI_LANG

    def page_labels(self, lang: str) -> Labels:
        """The texts a page in ``lang`` adds to content: this pack's, over the English defaults."""
        english = {language.code: language.labels.get(FALLBACK_UI_LANG, language.code) for language in self.languages}
        return Labels(lang, self.texts.get(lang, {}), english)

    def labels_of(self, kind: str, ui_lang: str) -> dict[str, str]:
        """Code → label in ``ui_lang`` for one of CODE_LISTS (or ``languages``)."""
        terms: Iterable[Term] = self.languages if kind == "languages" else self.terms.get(kind, ())
        return {t.code: t.label(ui_lang) for t in terms}


def _labels(value: Any, path: Path_, report: Report) -> dict[str, str]:
    if not isinstance(value, dict):
        report(path, "'label' must map each UI language to a text, e.g. {en: Police, lt: Policija}")
        return {}
    out = {str(k): v.strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
    for key, text in value.items():
        if not (isinstance(text, str) and text.strip()):
            report((*path, str(key)), f"the '{key}' label must be a non-empty text")
    if FALLBACK_UI_LANG not in value:
        report(path, f"'label' needs a text in '{FALLBACK_UI_LANG}', shown for any UI language it has no text for")
    return out


def _folds(value: Any, path: Path_, report: Report) -> dict[str, str]:
    """A language's own folds: one lower-case letter → the letters it is searched as."""
    ok = isinstance(value, dict) and all(
        isinstance(k, str)
        and len(k) == 1
        and k.isalpha()
        and k == k.lower()
        and isinstance(v, str)
        and 0 < len(v) <= 3
        and v.isalpha()
        and v == v.lower()
        for k, v in value.items()
    )
    if not ok:
        report(path, "'folds' maps single lower-case letters to the letters they are searched as, e.g. {ø: o, æ: ae}")
        return {}
    return {str(k): str(v) for k, v in value.items()}


def _emergency(value: Any, report: Report) -> tuple[EmergencyNumber, ...]:
    if not isinstance(value, list):
        report((EMERGENCY,), f"'{EMERGENCY}' must be a list like [{{number: \"112\", label: {{en: emergency}}}}]")
        return ()
    out = []
    for i, entry in enumerate(value):
        number = entry.get("number") if isinstance(entry, dict) else None
        if not isinstance(number, str) or not number.strip() or not all(c.isdigit() or c in " +-" for c in number):
            report(
                (EMERGENCY, i),
                'each emergency number is {number: "112", label: {...}} with the number in quotes, digits only',
            )
            continue
        extra = set(entry) - {"number", "label"}
        for k in sorted(map(str, extra)):
            report((EMERGENCY, i, k), f"unknown key {k!r} in an entry of '{EMERGENCY}'")
        label = entry.get("label", {})
        if not isinstance(label, dict) or not all(isinstance(t, str) and t.strip() for t in label.values()):
            report(
                (EMERGENCY, i, "label"),
                "'label' maps content languages to what the number is for, e.g. {en: police, lt: policija}",
            )
            label = {}
        out.append(EmergencyNumber(number.strip(), {str(k): v.strip() for k, v in label.items()}))
    return tuple(out)


def parse_country(
    data: Any, report: Report, is_analyzer: Callable[[str], bool], doc_types: Collection[str] | None = None
) -> Country | None:
    """The declaration in ``data`` (the parsed YAML), every problem reported with its path.
    ``doc_types``: the document types ``search_words`` may name (the loader passes the registry's;
    None leaves them unchecked, for callers that read a declaration already validated)."""
    if not isinstance(data, dict):
        report(
            (), "country.yaml must be a mapping with 'country', 'languages', " + ", ".join(f"'{k}'" for k in CODE_LISTS)
        )
        return None
    allowed = {"country", "name", "calling_code", "languages", *CODE_LISTS, LABELS, EMERGENCY, SEARCH_WORDS}
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
            extra = set(entry) - ({"code", "label", "analyzer", "folds"} if key == "languages" else {"code", "label"})
            for k in sorted(map(str, extra)):
                report((key, i, k), f"unknown key '{k}' in an entry of '{key}'")
            value = entry.get("code")
            if key == "languages":
                ok = (
                    isinstance(value, str)
                    and len(value) in (2, 3)
                    and value.isascii()
                    and value.isalpha()
                    and value.islower()
                )
                if not ok:
                    report(
                        (key, i, "code") if "code" in entry else (key, i),
                        f"a language 'code' is its ISO 639 code in lower case (e.g. lt), got {value!r}",
                    )
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
            report(
                (("languages", i, "analyzer") if "analyzer" in entry else ("languages", i)),
                "'analyzer' must be latvian, english, plain or snowball:<language> (one of Snowball's "
                f"stemmers, e.g. snowball:lithuanian), got {analyzer!r}",
            )
            analyzer = "plain"
        labels = _labels(entry.get("label"), ("languages", i, "label"), report)
        folds = _folds(entry["folds"], ("languages", i, "folds"), report) if "folds" in entry else {}
        languages.append(Language(entry["code"], labels, analyzer, folds))
    terms = {
        key: tuple(Term(e["code"], _labels(e.get("label"), (key, i, "label"), report)) for i, e in entries(key))
        for key in CODE_LISTS
    }
    calling = data.get("calling_code", "")
    if not (isinstance(calling, str) and (calling == "" or (calling.isdigit() and len(calling) <= 4))):
        report(
            ("calling_code",),
            f"'calling_code' is the country's telephone code in quotes, digits only (e.g. \"370\"), got {calling!r}",
        )
        calling = ""
    texts = parse_labels(data[LABELS], report) if LABELS in data else {}
    for lang in texts:
        if lang not in {language.code for language in languages}:
            report((LABELS, lang), f"labels for {lang!r}, a language 'languages' does not declare")
    emergency = _emergency(data[EMERGENCY], report) if EMERGENCY in data else ()
    words = {}
    if SEARCH_WORDS in data:
        from kb_app.core.text.search_words import parse_search_words

        words = parse_search_words(data[SEARCH_WORDS], [lang.code for lang in languages], report, doc_types)
    return Country(code, name, tuple(languages), terms, calling, texts, emergency, words)


def page_labels(country: Country | None, lang: str) -> Labels:
    """The pack's labels for a page in ``lang``; the English defaults where nothing is declared."""
    return country.page_labels(lang) if country is not None else Labels(lang)


# -- in library.db ------------------------------------------------------------------------------


def country_rows(country: Country) -> list[tuple[str, str, int, str, str]]:
    """The rows of the ``country`` table: (list, code, position, analyzer, labels as JSON)."""
    rows = [("country", country.code, 0, "", json.dumps(country.labels, ensure_ascii=False))]
    rows += [
        (
            "languages",
            lang.code,
            i,
            lang.analyzer,
            json.dumps({**lang.labels, **({FOLDS_KEY: lang.folds} if lang.folds else {})}, ensure_ascii=False),
        )
        for i, lang in enumerate(country.languages)
    ]
    rows += [
        (kind, t.code, i, "", json.dumps(t.labels, ensure_ascii=False))
        for kind in CODE_LISTS
        for i, t in enumerate(country.terms[kind])
    ]
    rows += [
        (LABELS, lang, i, "", json.dumps(groups, ensure_ascii=False))
        for i, (lang, groups) in enumerate(country.texts.items())
    ]
    rows += [
        (EMERGENCY, n.number, i, "", json.dumps(n.labels, ensure_ascii=False))
        for i, n in enumerate(country.emergency_numbers)
    ]
    rows += [
        (SEARCH_WORDS, lang, i, "", json.dumps(words.to_json(), ensure_ascii=False))
        for i, (lang, words) in enumerate(country.search_words.items())
    ]
    return rows


# A language's folds ride in its row's labels under a key no language code can be.
FOLDS_KEY = "$folds"


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
    texts: dict[str, dict[str, dict[str, str]]] = {}
    emergency: list[EmergencyNumber] = []
    words: dict[str, DeclaredWords] = {}
    for kind, value, analyzer, raw in rows:
        labels = json.loads(raw) if raw else {}
        if kind == "country":
            code, name = str(value), labels
        elif kind == "languages":
            folds = labels.pop(FOLDS_KEY, {})
            languages.append(Language(str(value), labels, str(analyzer), folds))
        elif kind in terms:
            terms[kind].append(Term(str(value), labels))
        elif kind == LABELS:
            texts[str(value)] = labels
        elif kind == EMERGENCY:
            emergency.append(EmergencyNumber(str(value), labels))
        elif kind == SEARCH_WORDS:
            from kb_app.core.text.search_words import DeclaredWords

            words[str(value)] = DeclaredWords.from_json(labels)
    return Country(
        code,
        name,
        tuple(languages),
        {k: tuple(v) for k, v in terms.items()},
        texts=texts,
        emergency_numbers=tuple(emergency),
        search_words=words,
    )


# -- libraries installed before packs declared their country ---------------------------------------


def infer_declaration(content: Path) -> bool:
    """Write ``content/country.yaml`` from the codes the content uses, when it has none; True if written.

    For a library installed from a pack made before country.yaml existed (re-indexed after an app
    update): its codes stay valid and its languages get the project's own analyzer (else ``plain``);
    labels are the codes until the next pack brings a real declaration.
    """
    import yaml

    from kb_app.core.content.frontmatter import FrontMatterError, split
    from kb_app.core.text.analysis import analysis_lang

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
        return {FALLBACK_UI_LANG: code}

    declaration: dict[str, Any] = {
        "country": "xx",
        "languages": [
            {"code": code, "analyzer": analysis_lang(code), "label": labels(code)}
            for code in used["languages"] or {"en": None}
        ],
        **{
            kind: [{"code": code, "label": labels(code)} for code in used[kind]]
            for kind in (CATEGORY, AREA, MUNICIPALITY_KIND)
        },
    }
    target.write_text(yaml.safe_dump(declaration, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return True
