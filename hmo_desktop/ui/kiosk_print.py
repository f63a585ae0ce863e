"""The counselor print at a kiosk: the household's enrollment summary goes straight to
the kiosk's default printer (no print dialog), or, when staff set ``pdf_folder``, into
that folder as a PDF (emptied at every reset). There is no file dialog at a kiosk.

The household dialog asks its window: a window with ``print_at_once`` (the kiosk's) has
no "Save summary as PDF…", and its "Print summary" calls that instead of a print dialog.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from hmo_desktop.ui.common import tr
from hmo_desktop.ui.keyboard import name_buttons

if TYPE_CHECKING:
    from hmo_desktop.kiosk.config import KioskConfig


class HouseholdSummary(Protocol):
    """What is used of ``ui.household_dialog.HouseholdDialog`` (named here, not imported:
    the kiosk's screens stay apart from the steps' modules)."""

    large_print: QCheckBox
    print_button: QPushButton

    def summary(self) -> str: ...

    def save_pdf(self, path: str | Path) -> None: ...


__all__ = ["OUTCOMES", "HouseholdSummary", "kiosk_pdf_path", "print_at_kiosk", "tell"]

#: What ``print_at_kiosk`` can report.
OUTCOMES = ("printed", "saved", "no_printer", "failed")


def kiosk_pdf_path(folder: Path) -> Path:
    """A new file name in the staff folder: the time, never a member's name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"enrollment-summary-{stamp}.pdf"
    n = 2
    while path.exists():
        path = folder / f"enrollment-summary-{stamp}-{n}.pdf"
        n += 1
    return path


def print_at_kiosk(dlg: HouseholdSummary, config: KioskConfig) -> str:
    """Print the dialog's summary (or save it into the staff folder); one of ``OUTCOMES``."""
    if config.pdf_folder is not None:
        try:
            config.pdf_folder.mkdir(parents=True, exist_ok=True)
            dlg.save_pdf(kiosk_pdf_path(config.pdf_folder))
        except OSError:
            return "failed"
        return "saved"
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from hmo_desktop.ui.summary import summary_document

    if not QPrinterInfo.defaultPrinterName():
        return "no_printer"
    printer = QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
    printer.setDocName(tr("Enrollment summary"))
    summary_document(dlg.summary(), dlg.large_print.isChecked()).print_(printer)
    return "printed"


def outcome_words(outcome: str) -> str:
    return {
        "printed": tr("The summary is printing. Please collect it from the printer."),
        "saved": tr("The summary is ready. A staff member will print it for you."),
        "no_printer": tr("No printer is set up here. Please ask staff."),
        "failed": tr("The summary could not be made. Please ask staff."),
    }[outcome]


def tell(parent: QWidget, outcome: str) -> QMessageBox:
    """What happened, in a small box over the household dialog (not blocking)."""
    icon = (
        QMessageBox.Icon.Information
        if outcome in ("printed", "saved")
        else QMessageBox.Icon.Warning
    )
    box = QMessageBox(icon, tr("Enrollment summary"), outcome_words(outcome), parent=parent)
    box.setObjectName("kioskPrintedBox")
    box.setAccessibleName(tr("Enrollment summary"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    name_buttons(box, "kioskPrintedBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
