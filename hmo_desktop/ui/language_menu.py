"""View > Language: the languages this copy has, each named in its own script; choosing
one switches the whole app at once (``ui.i18n``), keeping the member's place, choices and
filters. A language whose letters no installed font has is shown, disabled, with a note
instead of being drawn as boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from hmo_desktop.ui import i18n
from hmo_desktop.ui.common import tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.retranslate import on_language_change

if TYPE_CHECKING:
    from hmo_desktop.ui.main_window import MainWindow


def action_name(code: str) -> str:
    """The menu item's objectName: ``language_es``, ``language_zh_Hant``."""
    return f"language_{code}"


def add_language_menu(window: MainWindow) -> QMenu | None:
    """View > Language, when this copy has a language besides English."""
    langs = i18n.available()
    view = window.findChild(QMenu, "viewMenu")
    if view is None or len(langs) < 2:
        return None
    menu = view.addMenu("")
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for lang in langs:
        action = QAction(lang.native, menu)
        action.setObjectName(action_name(lang.code))
        action.setCheckable(True)
        action.setChecked(lang.code == i18n.in_use.code)
        covered = i18n.font_covers(lang)
        action.setEnabled(covered)
        action.setData(lang.code)
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _=False, code=lang.code: switch(window, code))
        if not covered:
            action.setProperty("noFont", True)

    def words() -> None:
        menu.setTitle(tr("&Language"))
        for action in menu.actions():
            if action.property("noFont"):
                lang = i18n.BY_CODE[str(action.data())]
                # Its English name: no font here draws its own.
                action.setText(arg(tr("%1 (no font on this computer shows it)"), lang.english))

    words()
    on_language_change(menu, words)
    return menu


def switch(window: MainWindow, code: str) -> bool:
    """Switches the app to ``code``; False, with a plain message, when it cannot."""
    if i18n.in_use.switch(code):
        return True
    native = i18n.BY_CODE[code].native
    window.say(lambda: arg(tr("%1 could not be loaded; the language stays as it was."), native))
    return False
