"""The household dialog's helpers: its menu item (View > Household…, Ctrl+H), the
"same doctor for the family" list, the bar of buttons for the summary on paper and for
keeping the household at home, and where to save the enrollment summary (Qt's own file
dialog, in the user's documents folder)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
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
    action = QAction(tr("&Household…"), window)
    action.setObjectName("householdAction")
    action.setShortcut(QKeySequence("Ctrl+H"))
    action.setToolTip(tr("The family's members, their doctors, and the enrollment summary"))
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
    """Doctors who can see every member: name (marked when a sample), group, status."""

    def doctor(d: FamilyDoctor) -> str:
        return arg(tr("%1 (sample)"), d.name) if d.is_sample else d.name

    def status(d: FamilyDoctor) -> str:
        text = tr("Accepting") if d.accepting else tr("Call to ask")
        return arg(tr("%1; ages not in this directory"), text) if d.ages_assumed else text

    return RowTableModel(
        [
            Column(tr("Doctor"), doctor),
            Column(tr("Medical group"), lambda d: d.group_name),
            Column(tr("New patients"), status),
        ],
        parent,
    )


def ask_pdf_path(parent: QWidget, save: Callable[[str], None]) -> QFileDialog:
    """Qt's own save dialog, at enrollment-summary.pdf in the documents folder; the file
    chosen goes to ``save``. Not blocking: tests read it as the dialog returned."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dlg = QFileDialog(parent, tr("Save the enrollment summary"), folder)
    dlg.setObjectName("householdSaveDialog")
    dlg.setAccessibleName(tr("Save the enrollment summary"))
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.setNameFilter(tr("PDF files (*.pdf)"))
    dlg.setDefaultSuffix("pdf")
    dlg.selectFile(str(Path(folder) / PDF_NAME))
    dlg.fileSelected.connect(save)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


class PaperBar(QWidget):
    """Large print, save as PDF, print; keep on this computer and forget (``keeps``:
    not on a kiosk, where they are hidden); close; and what was kept, in words."""

    def __init__(self, keeps: bool) -> None:
        super().__init__()
        self.large_print = named(
            QCheckBox(tr("Large print")), "householdLargePrint", tr("Large print summary")
        )
        self.save_button = named(
            QPushButton(tr("Save summary as PDF…")),
            "householdSavePdfButton",
            tr("Save the enrollment summary as a PDF file"),
        )
        self.print_button = named(
            QPushButton(tr("Print summary…")),
            "householdPrintButton",
            tr("Print the enrollment summary"),
        )
        self.keep_button = named(
            QPushButton(tr("Keep on this computer")),
            "householdKeepButton",
            tr("Keep this household on this computer"),
        )
        self.forget_button = named(
            QPushButton(tr("Forget this household")),
            "householdForgetButton",
            tr("Forget this household"),
        )
        self.close_button = named(
            QPushButton(tr("Close")), "householdCloseButton", tr("Close the household")
        )
        self.home_note = named(QLabel(), "householdHomeNote", tr("Kept on this computer"))
        self.home_note.setTextFormat(Qt.TextFormat.PlainText)
        self.home_note.setWordWrap(True)
        self.home_note.hide()
        row = FlowLayout()  # wraps in a narrow dialog, or with large text
        for w in (self.large_print, self.save_button, self.print_button):
            row.addWidget(w)
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
