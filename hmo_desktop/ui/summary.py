"""The household's enrollment summary on paper: a PDF file, or the system print dialog.

``summary_html`` (``ui.summary_text``) words it; this module lays it out and writes it.
The PDF has real text (it can be searched, copied and read aloud), the title in its
metadata, and the language: Qt's PDF writer has no setting for the document language, so
``write_pdf`` adds ``/Lang (en-US)`` to the PDF's catalog with an incremental update (the
standard way to change a finished PDF: ISO 32000-1, 7.5.6), leaving Qt's bytes as they are.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from hmo_desktop.ui.common import tr
from hmo_desktop.ui.summary_text import SIZES, summary_html

__all__ = [
    "PAGE_SIZES",
    "headings_ending_a_page",
    "keep_headings_with_text",
    "print_dialog",
    "print_summary",
    "summary_document",
    "summary_html",
    "write_pdf",
]

PAGE_SIZES = {"Letter": QPageSize.PageSizeId.Letter, "A4": QPageSize.PageSizeId.A4}
#: The printer's own margin; QTextDocument adds 2 cm inside it (about 1 inch in all).
MARGIN_MM = 6.0
#: The language of the summary's words (the screens are in US English).
LANGUAGE = "en-US"
PDF_RESOLUTION = 300


def summary_document(html: str, large_print: bool = False) -> QTextDocument:
    """The summary as a document ready to print: its default font (page numbers too) at
    the body's size, 18 pt for large print."""
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setPointSizeF(SIZES[large_print][0])
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def _laid_out_as_printed(doc: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """A copy of ``doc`` laid out as ``QTextDocument.print_`` lays it out on ``device``
    (its paint device, 2 cm inside the device's page, the device's page size)."""
    copy = doc.clone()
    copy.documentLayout().setPaintDevice(device)
    margin = int((2 / 2.54) * device.logicalDpiY())
    frame = copy.rootFrame().frameFormat()
    frame.setMargin(margin)
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(device.width(), device.height()))
    return copy


def headings_ending_a_page(doc: QTextDocument, device: QPagedPaintDevice) -> list[int]:
    """Block numbers of the headings that, printed on ``device``, start on one page while
    the text they head starts on the next."""
    laid = _laid_out_as_printed(doc, device)
    layout, height = laid.documentLayout(), laid.pageSize().height()
    found: list[int] = []
    block = laid.begin()
    while block.isValid():
        after = block.next()
        if block.blockFormat().headingLevel() and after.isValid():
            # Where the heading starts (its first line) and where its text starts: a
            # long heading can itself wrap onto the next page.
            first = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
            text = layout.blockBoundingRect(after).top() + after.layout().lineAt(0).y()
            if int(first // height) != int(text // height):
                found.append(block.blockNumber())
        block = after
    return found


def keep_headings_with_text(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Qt's rich text has no "keep with next": a heading can end a page, apart from its
    text. Each such heading starts the next page instead, until none is left (each break
    can move the headings after it). Returns the breaks added."""
    added = 0
    for _ in range(50):  # a page break per heading at most; a bound all the same
        orphans = headings_ending_a_page(doc, device)
        if not orphans:
            break
        cursor = QTextCursor(doc.findBlockByNumber(orphans[0]))
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.mergeBlockFormat(fmt)
        added += 1
    return added


def write_pdf(
    path: str | os.PathLike[str],
    html: str,
    title: str,
    page_size: str = "Letter",
    large_print: bool = False,
) -> None:
    """Writes the summary to ``path`` as a PDF on US Letter or A4 paper.

    Atomic: written to a temporary file in the same folder, flushed to disk, then put in
    place, so ``path`` is never half written. Raises OSError when the folder cannot be
    written, ValueError for an unknown page size."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}")
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("HMO Desktop")
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
        doc = summary_document(html, large_print)
        keep_headings_with_text(doc, writer)
        doc.print_(writer)
        del writer  # the file is complete once the writer is gone
        update = language_update(tmp.read_bytes(), LANGUAGE)
        with tmp.open("ab") as f:
            f.write(update)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (where the system lets a folder be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows: a folder cannot be opened; its rename is journaled anyway
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)
_ROOT = re.compile(rb"/Root\s+(\d+)\s+0\s+R")


def language_update(pdf: bytes, language: str) -> bytes:
    """The bytes to append to ``pdf`` (a PDF with a classic cross-reference table, as
    Qt writes) that give its catalog ``/Lang``: the catalog object again with the entry,
    a cross-reference section for it, and a trailer pointing back to the previous one.

    Raises ValueError when ``pdf`` is not laid out that way (nothing is changed)."""
    end = _STARTXREF.search(pdf[-64:])
    trailers = list(_TRAILER.finditer(pdf))
    if end is None or not trailers or not re.fullmatch(r"[A-Za-z-]{2,35}", language):
        raise ValueError("not a PDF this function can update")
    trailer = trailers[-1].group(1)
    root = _ROOT.search(trailer)
    if root is None:
        raise ValueError("the PDF's trailer names no catalog")
    number = int(root.group(1))
    found = list(re.finditer(rb"(?<![0-9])%d 0 obj\s*<<(.*?)>>\s*endobj" % number, pdf, re.S))
    if not found:
        raise ValueError("the PDF's catalog was not found")
    catalog = re.sub(rb"/Lang\s*\([^)]*\)", b"", found[-1].group(1))
    body = b"\n%d 0 obj\n<<%s/Lang (%s)\n>>\nendobj\n" % (number, catalog, language.encode())
    offset = len(pdf) + 1  # the object starts after the newline that opens ``body``
    xref_at = len(pdf) + len(body)
    kept = re.sub(rb"/Prev\s+\d+", b"", trailer)
    return body + (
        b"xref\n%d 1\n%010d 00000 n \ntrailer\n<<%s/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n"
        % (number, offset, kept, end.group(1), xref_at)
    )


def print_dialog(parent: QWidget | None) -> tuple[QPrintDialog, QPrinter]:
    """The system print dialog for the summary, and the printer it sets up."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(tr("Enrollment summary"))
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printSummaryDialog")
    dialog.setWindowTitle(tr("Print the enrollment summary"))
    dialog.setAccessibleName(tr("Print the enrollment summary"))
    return dialog, printer


def print_summary(parent: QWidget | None, html: str, large_print: bool = False) -> bool:
    """Asks where and how to print (the system's print dialog), then prints; False when
    the person cancels."""
    dialog, printer = print_dialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = summary_document(html, large_print)
    keep_headings_with_text(doc, printer)
    doc.print_(printer)
    return True
