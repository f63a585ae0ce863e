"""The kiosk's start screen, one for each new member: a large language picker, the ZIP
with an on-screen number pad, and "Start". A small "Staff" button opens the staff PIN.

It says what happened (``start_requested(zip)``, ``language_chosen(code)``,
``staff_requested``); ``ui.kiosk_shell`` acts on it. A new one is built for every member.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.ui.common import arg, named, tr
from hmo_desktop.ui.i18n import ENGLISH, Language, font_covers
from hmo_desktop.ui.keyboard import chain, one_tab_stop
from hmo_desktop.ui.kiosk_pad import NumberPad

__all__ = ["StartScreen"]


def _heading(text: str, scale: float) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setProperty("fontScale", scale)
    return label


class StartScreen(QWidget):
    """Language, ZIP, Start; ``languages``: those to offer (``ui.i18n.available()``:
    English, then each language whose translation is present), each by its own name."""

    start_requested = Signal(str)  # the ZIP typed ("" when none)
    language_chosen = Signal(str)  # a language code
    staff_requested = Signal()

    def __init__(
        self, languages: Sequence[Language], current: str = ENGLISH, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStartScreen")
        self.title = _heading("", 2.0)
        self.title.setObjectName("kioskStartTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language_label = _heading("", 1.3)
        self.languages = named(QListWidget(), "kioskLanguageList", "")
        self.languages.setViewMode(QListView.ViewMode.IconMode)  # a grid of large tiles
        self.languages.setFlow(QListView.Flow.LeftToRight)
        self.languages.setWrapping(True)
        self.languages.setResizeMode(QListView.ResizeMode.Adjust)
        self.languages.setMovement(QListView.Movement.Static)
        self.languages.setUniformItemSizes(True)
        self.languages.setSpacing(6)
        font = self.languages.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.languages.setFont(font)
        self.languages.setProperty("fontScale", 1.4)
        one_tab_stop(self.languages)
        self._offered = {lang.code: lang for lang in languages}
        for lang in languages:
            item = QListWidgetItem(lang.native)
            item.setData(Qt.ItemDataRole.UserRole, lang.code)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if not font_covers(lang):  # said, not drawn as boxes; it cannot be chosen
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.languages.addItem(item)
        self._fit_tiles()
        self.languages.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.choose_language(current)
        self.languages.currentItemChanged.connect(self._language_changed)

        self.zip_label = _heading("", 1.3)
        self.zip_hint = QLabel()
        self.zip_hint.setWordWrap(True)
        self.zip = named(QLineEdit(), "kioskZipEdit", "")
        self.zip.setMaxLength(5)
        self.zip.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), self.zip))
        zip_font = self.zip.font()
        zip_font.setPointSizeF(zip_font.pointSizeF() * 1.8)
        self.zip.setFont(zip_font)
        self.zip.setProperty("fontScale", 1.8)
        self.zip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zip_label.setBuddy(self.zip)
        self.zip.returnPressed.connect(self.start)
        self.pad = NumberPad(self.zip, "kioskPad")

        self.start_button = named(QPushButton(), "kioskStartButton", "")
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(72)
        big = self.start_button.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.start_button.setFont(big)
        self.start_button.setProperty("fontScale", 1.6)
        self.start_button.clicked.connect(self.start)
        self.staff_button = named(QPushButton(), "kioskStaffButton", "")
        self.staff_button.setAutoDefault(False)
        self.staff_button.clicked.connect(self.staff_requested)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addWidget(self.language_label)
        left.addWidget(self.languages, 1)  # up to its full height: then it scrolls
        left.addStretch(0)
        right = QVBoxLayout()
        for w in (self.zip_label, self.zip_hint, self.zip):
            right.addWidget(w)
        right.addWidget(self.pad, 1)
        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        for label in (self.language_label, self.zip_label):
            label.setWordWrap(False)  # a short heading: its own line, no taller
        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 32, 48, 32)
        lay.setSpacing(16)
        lay.addLayout(top)
        lay.addWidget(self.intro)
        lay.addLayout(columns, 1)
        lay.addWidget(self.start_button)
        # Reading order: "Staff" on the title's line, the languages, the ZIP and its pad.
        chain(self.staff_button, self.languages, self.zip, *self.pad.keys.values())
        chain(self.pad.keys["Clear"], self.start_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now installed."""
        self.title.setText(self.tr("Find a primary care doctor"))
        self.intro.setText(
            self.tr(
                "Choose your language, type your ZIP code if you like, then press Start. "
                "When you are done, press \u201cI'm finished\u201d: everything you entered "
                "is cleared for the next person."
            )
        )
        self.language_label.setText(self.tr("Language"))
        self.languages.setAccessibleName(self.tr("Language"))
        self.zip_label.setText(self.tr("Your ZIP code (optional)"))
        self.zip_hint.setText(self.tr("Five digits, to list doctors near you."))
        self.zip.setAccessibleName(self.tr("Your ZIP code"))
        self.zip.setPlaceholderText(self.tr("ZIP code"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start"))
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff only: enter the staff PIN"))
        for i in range(self.languages.count()):
            item = self.languages.item(i)
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:  # its English name: no font
                lang = self._offered[str(item.data(Qt.ItemDataRole.UserRole))]
                item.setText(arg(tr("%1 (no font on this computer shows it)"), lang.english))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fit_tiles(self) -> None:
        fm = self.languages.fontMetrics()
        names = [self.languages.item(i).text() for i in range(self.languages.count())]
        width = max([fm.horizontalAdvance(n) for n in names] + [150]) + 40
        height = max(fm.height() * 2 + 24, 88)
        self.languages.setGridSize(QSize(width, height))
        for i in range(self.languages.count()):  # the whole tile takes the tap and the color
            self.languages.item(i).setSizeHint(QSize(width - 12, height - 12))
        # As tall as the tiles need (three to a row at 1280 px), no more: English alone
        # is one large tile, not a large empty box; many languages take the column.
        rows = max(1, -(-len(names) // 3))
        full = rows * (height + 12) + 2 * self.languages.frameWidth()
        self.languages.setMaximumHeight(full)
        self.languages.setMinimumHeight(min(full, 4 * (height + 12)))  # beyond: it scrolls

    def choose_language(self, code: str) -> None:
        """Select ``code``'s tile (not one that no font draws: it cannot be chosen)."""
        for i in range(self.languages.count()):
            item = self.languages.item(i)
            enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            if item.data(Qt.ItemDataRole.UserRole) == code and enabled:
                self.languages.setCurrentItem(item)

    def language(self) -> str:
        item = self.languages.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ENGLISH

    def _language_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None:
            self.language_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def start(self) -> None:
        """What "Start" does: the member's ZIP (maybe none) goes on to the steps."""
        self.start_requested.emit(self.zip.text())
