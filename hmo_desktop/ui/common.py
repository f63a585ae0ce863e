"""Small helpers shared by the screens: naming for testers, labels, badges."""

from __future__ import annotations

import html
import re
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from hmo_desktop.ui.keyboard import one_tab_stop
from hmo_desktop.ui.look import target_size

W = TypeVar("W", bound=QWidget)


#: The longest text a search box takes: longer than any name, short enough that a pasted
#: page cannot stall the window.
SEARCH_MAX_LENGTH = 100


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give a widget its stable objectName (a contract with testers, see docs/TESTING.md)
    and the name a screen reader announces."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language. Every string of the app's modules is in one
    translation context, the empty one (what ``pyside6-lupdate`` gives a bare ``tr``
    call); widgets' own ``self.tr`` use their class's. ``disambiguation`` tells
    translators which sense of a word is meant ("plan": a health plan); ``n`` picks the
    plural form of a text with ``%n``."""
    return QCoreApplication.translate("", text, disambiguation, n)


def specialty_labels() -> dict[str, str]:
    return {
        "family": tr("Family medicine"),
        "internal": tr("Internal medicine"),
        "pediatrics": tr("Pediatrics"),
        "obgyn": tr("OB/GYN"),
    }


def specialty_short_labels() -> dict[str, str]:
    """For narrow column headers."""
    return {
        "family": tr("Family"),
        "internal": tr("Internal"),
        "pediatrics": tr("Pediatrics"),
        "obgyn": tr("OB/GYN"),
    }


def specialty_help() -> dict[str, str]:
    return {
        "family": tr("All ages, children to seniors; often the whole family."),
        "internal": tr("Adults only: prevention and long-term conditions."),
        "pediatrics": tr("Babies, children and teens (up to 18 or 21)."),
        "obgyn": tr("Women's health, pregnancy and gynecology; some act as a PCP."),
    }


def accepting_labels() -> dict[str, str]:
    return {
        "accepting": tr("Accepting new patients"),
        "existing_only": tr("Existing patients only"),
        "existing_plus_family": tr("Existing patients and their family"),
        "not_accepting": tr("Not accepting patients"),
        "unknown": tr("Call to ask"),
    }


def product_type_labels() -> dict[str, str]:
    return {
        "medi_cal": tr("Medi-Cal"),
        "covered_california": tr("Covered California"),
        "medicare": tr("Medicare Advantage"),
        "commercial": tr("Employer and individual (commercial)"),
    }


def accessibility_labels() -> dict[str, str]:
    return {
        "acc_parking": tr("Accessible parking"),
        "acc_exterior": tr("Accessible entrance"),
        "acc_interior": tr("Accessible inside the building"),
        "acc_restroom": tr("Accessible restroom"),
        "acc_exam_room": tr("Accessible exam room"),
        "acc_exam_table": tr("Height-adjustable exam table / accessible scale"),
    }


def sample_badge() -> str:
    return tr("Sample doctor (fictional)")


def sample_banner_html(explanation: str) -> str:
    """The highlighted "Sample doctor (fictional)" line atop a sample doctor's details."""
    import html  # here, not at the top: html.entities would cost the first paint ~1.5 ms

    from hmo_desktop.ui.colors import note_style

    return (
        f'<p style="{note_style()}">'
        f"<b>{html.escape(sample_badge())}</b>: {html.escape(explanation)}</p>"
    )


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    label.setProperty("role", "heading")
    label.setProperty("fontScale", 1.35)  # kept when the text size changes (ui.text_size)
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 1.35)
    f.setBold(True)
    label.setFont(f)
    label.setWordWrap(True)
    return label


def arg(text: str, *values: str) -> str:
    """``text`` with %1, %2... replaced by ``values`` in one pass (a value that itself
    contains "%2" stays as it is), as QString.arg does."""
    return re.sub(r"%(\d)", lambda m: _value(values, int(m.group(1)), m.group(0)), text)


def _value(values: tuple[str, ...], n: int, placeholder: str) -> str:
    return values[n - 1] if 1 <= n <= len(values) else placeholder


def labelled(label: str, value: str) -> str:
    """ "Hours: 8:00 AM - 5:00 PM": a label and its value, as the app's language writes
    them ("%1：%2" in Chinese)."""
    return arg(tr("%1: %2", "a label and its value"), label, value)


def labelled_html(label_html: str, value_html: str) -> str:
    """``labelled`` for HTML: the label and value are HTML already (escaped, marked)."""
    return arg(html.escape(tr("%1: %2", "a label and its value")), label_html, value_html)


def in_parts(items: list[str]) -> str:
    """Parts that have commas of their own, one after another ("Monday: ...; Saturday:
    ..."), with the language's separator ("；" in Chinese, "؛ " in Arabic and Farsi)."""
    return tr("; ", "between the parts of a list").join(items)


def listed(items: list[str]) -> str:
    """Items one after another, with the separator of the app's language (", " in
    English, "、" in Chinese, "، " in Arabic and Farsi), no "and": a list of places,
    names or parts inside a sentence."""
    return tr(", ", "between the items of a list").join(items)


def distance_text(miles: float | None) -> str:
    if miles is None:
        return ""
    # The number in the language's digits and decimal sign ("2.5", "2,5", "٢٫٥").
    return arg(tr("%1 mi"), QLocale().toString(miles, "f", 1))


def results_table(
    object_name: str, accessible_name: str, model: QAbstractItemModel, widths_em: tuple[int, ...]
) -> QTableView:
    """A read-only, row-selecting table with preset column widths (in 'm' widths) and fixed
    row heights: measuring every cell on each refill cost ~10 ms per keystroke."""
    table = named(QTableView(), object_name, accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)  # rows stay apart without a grid, which cost
    table.setShowGrid(False)  # ~4.5 ms of every repaint (offscreen raster, measured)
    table.setWordWrap(False)
    one_tab_stop(table)
    table.setProperty("widthsEm", list(widths_em))  # measured again for another text size
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(max(table.fontMetrics().height() + 10, target_size()))
    # What the rows add to the text's height, kept when the text size changes (ui.text_size).
    table.setProperty("rowPadding", rows.defaultSectionSize() - table.fontMetrics().height())
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    em = table.fontMetrics().horizontalAdvance("m")
    for col, width in enumerate(widths_em):
        if width:
            header.resizeSection(col, width * em)
    header.setStretchLastSection(True)
    return table


def button_row(*left: QWidget, right: tuple[QWidget, ...] = ()) -> QHBoxLayout:
    """A row of buttons: ``left`` ones at the start, ``right`` ones at the end."""
    row = QHBoxLayout()
    for w in left:
        row.addWidget(w)
    row.addStretch(1)
    for w in right:
        row.addWidget(w)
    return row


class _ColumnFitter(QObject):
    """Shows as many columns as the table's width holds, in the view's order, and hides
    the rest (the model keeps every column: tests and screen readers rely on them)."""

    def __init__(self, table: QTableView, widths_em: tuple[int, ...], last_em: int) -> None:
        super().__init__(table)
        self._table, self._widths, self._last = table, widths_em, last_em
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self._table, self._table.horizontalHeader()
        em = table.fontMetrics().horizontalAdvance("m")
        room = table.viewport().width() or table.width()
        used = 0
        for visual in range(header.count()):
            col = header.logicalIndex(visual)
            want = (self._widths[col] if col < len(self._widths) else self._last) * em
            show = visual == 0 or used + want <= room
            if header.isSectionHidden(col) == show:
                header.setSectionHidden(col, not show)
            if show:
                used += want


def fit_columns(
    table: QTableView, widths_em: tuple[int, ...], order: tuple[int, ...] = (), last_em: int = 12
) -> None:
    """Put the model's columns ``order`` first in the view (the others after, as they
    come), and show only the columns the table's width holds: a narrow window or large
    text hides the last ones, which the screen shows elsewhere (a detail pane or line)."""
    header = table.horizontalHeader()
    for visual, col in enumerate(order):
        header.moveSection(header.visualIndex(col), visual)
    _ColumnFitter(table, widths_em, last_em).fit()
