"""Keep only the Qt plugins and translations the app uses (helper of the hooks in ``hooks/``).

PyInstaller's PySide6 hooks collect every plugin of each type a module names (all platform
plugins, all image formats, the virtual keyboard…) and Qt's translations for every language. The
hooks in ``hooks/`` replace the ones of the four Qt modules the app imports: they run PyInstaller's
own collection and then keep only what ``build.spec`` lists in ``hooksconfig["kb_app_qt"]``.
Because the trimming happens inside the hook, a dropped plugin never reaches the binary
dependency analysis, so the libraries only it needed are not collected either (QtQuick, QtQml and
QtNetwork came in with the virtual keyboard plugin; cairo, pango and gio with the GTK theme).

Config (``hooksconfig["kb_app_qt"]``):

``plugins``
    ``{plugin type: [plugin names] or "*"}``; a name is the file name without ``lib`` and the
    extension (``qxcb``, ``qwindows``, ``qsvg``). A type that is not listed is dropped.
``translations``
    Base names of Qt's ``.qm`` files to keep (``qtbase_lv``).

Without the config (hooks used by another spec) nothing is dropped.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

CONFIG_KEY = "kb_app_qt"


def plugin_name(path: str) -> str:
    """``/…/libqxcb.so`` → ``qxcb``; ``qwindows.dll`` → ``qwindows``."""
    name = os.path.basename(path).split(".", 1)[0]
    return name[3:] if name.startswith("lib") else name


def plugin_type(dest_dir: str) -> str | None:
    """``PySide6/Qt/plugins/platforms`` → ``platforms`` (None for a library that is no plugin)."""
    parts = dest_dir.replace("\\", "/").split("/")
    if "plugins" not in parts:
        return None
    return "/".join(parts[parts.index("plugins") + 1 :])


def keep_binary(src: str, dest_dir: str, plugins: dict[str, Any] | None) -> bool:
    kind = plugin_type(dest_dir)
    if kind is None or plugins is None:
        return True
    wanted = plugins.get(kind)
    return wanted == "*" or (wanted is not None and plugin_name(src) in wanted)


def keep_data(src: str, translations: list[str] | None) -> bool:
    if translations is None or not src.endswith(".qm"):
        return True
    return os.path.basename(src)[: -len(".qm")] in translations


def trimmed_qt_hook(hook_file: str) -> Callable[[Any], None]:
    """The ``hook(hook_api)`` function for the hook file ``hook-PySide6.<Module>.py``."""

    def hook(hook_api: Any) -> None:
        from PyInstaller import log
        from PyInstaller.utils.hooks import get_hook_config
        from PyInstaller.utils.hooks.qt import add_qt6_dependencies

        hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
        plugins = get_hook_config(hook_api, CONFIG_KEY, "plugins")
        translations = get_hook_config(hook_api, CONFIG_KEY, "translations")
        kept_binaries = [(src, dest) for src, dest in binaries if keep_binary(src, dest, plugins)]
        kept_datas = [(src, dest) for src, dest in datas if keep_data(src, translations)]
        dropped = sorted(
            {f"{plugin_type(dest)}/{plugin_name(src)}" for src, dest in binaries if (src, dest) not in kept_binaries}
        )
        log.getLogger(__name__).info(
            "kb-app: %s: kept %d of %d Qt plugins (dropped: %s), %d of %d translations",
            hook_api.__name__,
            len(kept_binaries),
            len(binaries),
            ", ".join(dropped) or "none",
            len(kept_datas),
            len(datas),
        )
        hook_api.add_imports(*hiddenimports)
        hook_api.add_binaries(kept_binaries)
        hook_api.add_datas(kept_datas)

    return hook
