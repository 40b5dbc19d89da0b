"""Browsing without a query: the library by type and by tag, bookmarks, and recently viewed."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTabWidget, QTreeWidget, QTreeWidgetItem, QWidget

from kb_app.core.library.library_db import DocumentSummary
from kb_app.core.op_changes import OpChanges
from kb_app.ui.a11y.focused_rows import current_row_only_while_focused
from kb_app.ui.a11y.focused_tabs import tabs_as_objects
from kb_app.ui.look.code_names import DOC_TYPES, type_names, type_plurals
from kb_app.ui.shared.context import AppContext

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 2  # on the group of another language's documents
# Client handouts are kept together whatever their language: the worker picks the client's language
# from one list. Each starts with its language, named in that language, as the client would: these
# four without reading the pack (the first screen), any other as the pack's labels name it.
HANDOUT_LANGUAGE_NAMES = {"lv": "latviešu", "ru": "русский", "en": "English", "uk": "українська"}


class LibraryPanel(QTabWidget):
    open_requested = Signal(str)  # a location

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._items: dict[str, QTreeWidgetItem] = {}  # doc id -> its item under its type
        self._by_tag: dict[str, list[tuple[str, str]]] = {}
        self._tags_item: QTreeWidgetItem | None = None
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Library contents"))
        self.tree.setUniformRowHeights(True)
        self.bookmarks = QListWidget(self)
        self.bookmarks.setAccessibleName(self.tr("Bookmarks"))
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recently viewed"))
        for view in (self.tree, self.bookmarks, self.recent):  # no code reads their row while unfocused
            current_row_only_while_focused(view)
        self.addTab(self.tree, self.tr("Library"))
        self.addTab(self.bookmarks, self.tr("Bookmarks"))
        self.addTab(self.recent, self.tr("Recent"))
        tabs_as_objects(self.tabBar())
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)  # narrow windows and large fonts: tabs scroll, never widen the panel
        self.tabBar().setExpanding(False)
        for view in (self.bookmarks, self.recent):
            view.itemActivated.connect(self._on_item)
            view.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_tree_activated)
        self.tree.itemClicked.connect(self._on_tree_clicked)
        self.tree.itemExpanded.connect(self._fill_tags)
        ctx.operation_did_execute.connect(self._on_operation)
        self.reload()

    def _on_operation(self, changes: OpChanges, _handler: object | None) -> None:
        if changes.library:
            self.reload()
        elif changes.bookmarks or changes.history:
            self.reload_lists()

    def reload(self) -> None:
        self._fill_tree()
        self.reload_lists()

    def _fill_tree(self) -> None:
        self.tree.clear()
        self._items = {}
        self._tags_item = None
        library = self._ctx.library
        if library is None:
            return
        docs = library.documents()
        by_tag: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # The UI language's documents first, by type; each other language in a group of its own.
        language = self._ctx.prefs.language
        by_lang: dict[str, list[DocumentSummary]] = defaultdict(list)
        handouts: list[DocumentSummary] = []
        for doc in docs:
            (handouts if doc.type == "handout" else by_lang[doc.lang]).append(doc)
            for tag in doc.tags:
                by_tag[tag].append((doc.id, doc.title))
        order = {lang: i for i, lang in enumerate((language, *HANDOUT_LANGUAGE_NAMES))}
        handouts.sort(key=lambda d: (order.get(d.lang, len(order)), d.lang, d.title.casefold()))
        for group in self._type_groups([*by_lang.pop(language, []), *handouts]):
            self.tree.addTopLevelItem(group)
        names = self.language_names(set(by_lang))
        for lang in sorted(by_lang):
            top = QTreeWidgetItem([f"{names.get(lang, lang)} ({len(by_lang[lang])})"])
            top.setData(0, LANGUAGE_ROLE, lang)
            top.addChildren(self._type_groups(by_lang[lang]))
            self.tree.addTopLevelItem(top)
        self._by_tag = by_tag
        if by_tag:
            # Filled when first opened: a few hundred items the first screen does not show.
            self._tags_item = QTreeWidgetItem([self.tr("By tag")])
            self._tags_item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(self._tags_item)
        # Articles open by default: the first screen should show something to read.
        first = self.tree.topLevelItem(0)
        if first is not None:
            first.setExpanded(True)

    def _language_in_itself(self, lang: str) -> str:
        """A language's name in that language ("lietuvių" for a Lithuanian pack's handout)."""
        known = HANDOUT_LANGUAGE_NAMES.get(lang)
        if known is not None or self._ctx.library is None:
            return known or lang
        country = self._ctx.library.country()
        return (country.page_labels(lang).group("languages").get(lang) if country is not None else None) or lang

    def _type_groups(self, docs: list[DocumentSummary]) -> list[QTreeWidgetItem]:
        by_type: dict[str, list[QTreeWidgetItem]] = defaultdict(list)
        for doc in docs:
            title = doc.title
            if doc.type == "handout":
                # The language first: a narrow panel cuts the end of a long title.
                title = f"{self._language_in_itself(doc.lang)}: {doc.title}"
            item = QTreeWidgetItem([title])
            item.setData(0, LOCATION_ROLE, doc.id)
            item.setToolTip(0, doc.summary or doc.title)
            by_type[doc.type].append(item)
            self._items[doc.id] = item
        plurals = type_plurals()
        groups = []
        for code in (*DOC_TYPES, *sorted(set(by_type) - set(DOC_TYPES))):
            children = by_type.get(code)
            if children:
                top = QTreeWidgetItem([f"{plurals.get(code, code)} ({len(children)})"])
                top.addChildren(children)
                groups.append(top)
        return groups

    def language_names(self, wanted: set[str] | None = None) -> dict[str, str]:
        """A group's name for each language of the library: the interface's own word where it has
        one, else the language's label in the pack's country.yaml (a Lithuanian pack's 'lietuvių').
        The declaration is read only when ``wanted`` holds a language the interface has no word
        for: the first screen of the bundled library needs none (start-up imports no country code)."""
        own = {
            "lv": self.tr("In Latvian"),
            "en": self.tr("In English"),
            "ru": self.tr("In Russian"),
            "uk": self.tr("In Ukrainian"),
        }
        if wanted is not None and wanted <= own.keys():
            return own
        from kb_app.ui.look.code_names import declared_names

        return {**declared_names(self._ctx.library, "languages"), **own}

    def _fill_tags(self, item: QTreeWidgetItem) -> None:
        if item is not self._tags_item or item.childCount():
            return
        for tag in sorted(self._by_tag, key=str.casefold):
            tag_item = QTreeWidgetItem([f"{tag} ({len(self._by_tag[tag])})"])
            for doc_id, title in self._by_tag[tag]:
                child = QTreeWidgetItem([title])
                child.setData(0, LOCATION_ROLE, doc_id)
                tag_item.addChild(child)
            item.addChild(tag_item)

    def reload_lists(self) -> None:
        library, store = self._ctx.library, self._ctx.bookmarks
        lists = (
            (self.bookmarks, store.bookmarks() if store else []),
            (self.recent, store.recently_viewed(30) if store else []),
        )
        # Until the notes open (just after the first paint) both lists are empty: no library reads.
        wanted = any(ids for _view, ids in lists)
        titles = library.titles() if library is not None and wanted else {}
        names = type_names()
        types = {d.id: d.type for d in library.documents()} if library is not None and wanted else {}
        for view, ids in lists:
            view.clear()
            for doc_id in ids:
                if doc_id not in titles:
                    continue  # a bookmark of a document a newer library dropped
                item = QListWidgetItem(f"{titles[doc_id]} · {names.get(types.get(doc_id, ''), '')}")
                item.setData(LOCATION_ROLE, doc_id)
                view.addItem(item)
            if view.count() == 0:
                empty = QListWidgetItem(
                    self.tr("Nothing here yet")
                    if view is self.recent
                    else self.tr("No bookmarks yet (Ctrl+D adds one)")
                )
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                view.addItem(empty)

    def _on_item(self, item: QListWidgetItem) -> None:
        location = item.data(LOCATION_ROLE)
        if location:
            self.open_requested.emit(location)

    def _on_tree_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        location = item.data(0, LOCATION_ROLE)
        if location:
            self.open_requested.emit(location)

    def _on_tree_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        location = item.data(0, LOCATION_ROLE)
        if location:
            self.open_requested.emit(location)
        elif item.childCount() or item is self._tags_item:  # Enter on a heading opens or closes it
            item.setExpanded(not item.isExpanded())

    def select_location(self, location: str) -> None:
        """Highlight the open document in the tree without emitting anything."""
        item = self._items.get(location)
        self.tree.blockSignals(True)
        try:
            if item is not None:
                self.tree.setCurrentItem(item)
            else:
                self.tree.clearSelection()
        finally:
            self.tree.blockSignals(False)
