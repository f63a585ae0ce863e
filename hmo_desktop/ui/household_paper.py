"""The household dialog's helpers: its menu item (View > Household…, Ctrl+H), the
"same doctor for the family" list, the bar of buttons for the summary on paper and for
keeping the household at home, and where to save the enrollment summary (Qt's own file
dialog, in the user's documents folder)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import FamilyDoctor
from hmo_desktop.ui.common import named, tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.flow_layout import FlowLayout
from hmo_desktop.ui.retranslate import is_language_change, on_language_change, set_texts
from hmo_desktop.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from hmo_desktop.ui.main_window import MainWindow

__all__ = [
    "PDF_NAME",
    "PaperBar",
    "add_household_action",
    "ask_pdf_path",
    "family_model",
    "open_household",
]

PDF_NAME = "enrollment-summary.pdf"


def add_household_action(window: MainWindow) -> QAction:
    """View > "Household…" (Ctrl+H): opens the household dialog."""
    view = window.findChild(QMenu, "viewMenu")
    action = QAction(window)
    action.setObjectName("householdAction")
    action.setShortcut(QKeySequence("Ctrl+H"))

    def again() -> None:
        action.setText(tr("&Household…"))
        action.setToolTip(tr("The family's members, their doctors, and the enrollment summary"))

    again()
    on_language_change(window, again)
    action.triggered.connect(lambda: open_household(window))
    if view is not None:
        view.insertAction(view.actions()[0] if view.actions() else None, action)  # type: ignore[arg-type]
    window.addAction(action)  # Ctrl+H also where no menu shows it
    return action


def open_household(window: MainWindow) -> None:
    if window.db is None:
        return  # the directory is still opening
    from hmo_desktop.ui.household_dialog import HouseholdDialog

    dlg = HouseholdDialog(window.db, window)
    window.show_dialog(dlg)
    dlg.name.setFocus()


def family_model(parent: QObject) -> RowTableModel[FamilyDoctor]:
    """Doctors who can see every member: name (marked when a sample), group, status.
    Titles and cells are worded as they are drawn (the dialog's retranslate)."""

    def doctor(d: FamilyDoctor) -> str:
        return arg(tr("%1 (sample)"), d.name) if d.is_sample else d.name

    def status(d: FamilyDoctor) -> str:
        text = tr("Accepting") if d.accepting else tr("Call to ask")
        return arg(tr("%1; ages not in this directory"), text) if d.ages_assumed else text

    return RowTableModel(
        [
            Column(lambda: tr("Doctor"), doctor),
            Column(lambda: tr("Medical group"), lambda d: d.group_name),
            Column(lambda: tr("New patients"), status),
        ],
        parent,
    )


def ask_pdf_path(parent: QWidget, save: Callable[[str], None]) -> QFileDialog:
    """Qt's own save dialog, at enrollment-summary.pdf in the documents folder; the file
    chosen goes to ``save``. Not blocking: tests read it as the dialog returned."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dlg = QFileDialog(parent, tr("Save the enrollment summary"), folder)
    dlg.setObjectName("householdSaveDialog")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)

    def again() -> None:
        dlg.setWindowTitle(tr("Save the enrollment summary"))
        dlg.setAccessibleName(tr("Save the enrollment summary"))
        dlg.setNameFilter(tr("PDF files (*.pdf)"))

    again()
    on_language_change(dlg, again)
    dlg.setDefaultSuffix("pdf")
    dlg.selectFile(str(Path(folder) / PDF_NAME))
    dlg.fileSelected.connect(save)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


class PaperBar(QWidget):
    """Large print, save as PDF, print; keep on this computer and forget (``keeps``:
    not on a kiosk, where they are hidden); close; and what was kept, in words. Without
    ``saves`` (a kiosk: no file dialog) there is no "Save summary as PDF…", and "Print
    summary" prints at once, with no print dialog (so no "…")."""

    def __init__(self, keeps: bool, saves: bool = True) -> None:
        super().__init__()
        self.saves = saves
        self.large_print = named(QCheckBox(), "householdLargePrint", "")
        self.save_button = named(QPushButton(), "householdSavePdfButton", "")
        self.print_button = named(QPushButton(), "householdPrintButton", "")
        self.keep_button = named(QPushButton(), "householdKeepButton", "")
        self.forget_button = named(QPushButton(), "householdForgetButton", "")
        self.close_button = named(QPushButton(), "householdCloseButton", "")
        self.home_note = named(QLabel(), "householdHomeNote", "")
        self.home_note.setTextFormat(Qt.TextFormat.PlainText)
        self.home_note.setWordWrap(True)
        self.home_note.hide()
        row = FlowLayout()  # wraps in a narrow dialog, or with large text
        for w in (self.large_print, self.save_button, self.print_button):
            row.addWidget(w)
        if not saves:
            self.save_button.hide()
        for w in (self.keep_button, self.forget_button):
            if keeps:
                row.addWidget(w)
            else:  # a kiosk keeps nothing
                w.setParent(self)
                w.hide()
        row.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.home_note)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The bar's words (what the note says is the household dialog's to set)."""
        set_texts(self.large_print, tr("Large print"), tr("Large print summary"))
        set_texts(
            self.save_button,
            tr("Save summary as PDF…"),
            tr("Save the enrollment summary as a PDF file"),
        )
        set_texts(
            self.print_button,
            tr("Print summary…") if self.saves else tr("Print summary"),
            tr("Print the enrollment summary"),
        )
        set_texts(
            self.keep_button,
            tr("Keep on this computer"),
            tr("Keep this household on this computer"),
        )
        set_texts(self.forget_button, tr("Forget this household"), tr("Forget this household"))
        set_texts(self.close_button, tr("Close"), tr("Close the household"))
        set_texts(self.home_note, None, tr("Kept on this computer"))
