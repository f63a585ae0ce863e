"""``hmo_desktop.pdftext`` reads the text a PDF library reads: Qt's own PDFs (the
enrollment summary's writer) against pypdf, and small PDFs made by hand for the parts
of the format Qt does not use today."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import zlib
from pathlib import Path
from typing import Any

import pypdf
import pytest

from hmo_desktop.pdftext import PdfTextError, page_texts
from hmo_desktop.ui.summary import write_pdf

ROOT = Path(__file__).resolve().parent.parent

HTML = (
    "<html><body><h1>Enrollment summary: your household’s doctor choices</h1>"
    "<div><h2>Zoë, age 40</h2><p><b>Doctor:</b> Ana García-Núñez, MD, Family medicine "
    "(sample, fictional)</p><p><b>PCP ID:</b> CA000159</p><p>"
    + "The office confirms the first day of the effective month; call to confirm. "
    * 6
    + "</p></div>"
    '<div style="page-break-before: always"><h2>Child, age 7</h2>'
    "<p><b>Doctor:</b> Đặng Thị Huệ, DO, Pediatrics</p><p>Ω ≥ 5 – “fine” &amp; ‘flo’</p>"
    "</div></body></html>"
)


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize(("page_size", "large_print"), [("Letter", False), ("A4", True)])
def test_qt_pdfs_read_as_pypdf_reads_them(
    tmp_path: Path, qapp: Any, page_size: str, large_print: bool
) -> None:
    path = tmp_path / "summary.pdf"
    write_pdf(path, HTML, "Enrollment summary", page_size, large_print)
    mine = page_texts(path.read_bytes())
    theirs = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    assert len(mine) == len(theirs) >= 2
    # The same characters; pypdf breaks a line where Qt changes font or starts a run
    # after a ligature, this reader joins runs at the same height (“ﬁne” below).
    assert ["".join(flat(p).split()) for p in mine] == ["".join(flat(p).split()) for p in theirs]
    text = flat("\n".join(mine))
    assert "Zoë, age 40 Doctor: Ana García-Núñez, MD, Family medicine" in text
    assert "Child, age 7 Doctor: Đặng Thị Huệ, DO, Pediatrics" in text
    assert "Ω ≥ 5 – “fine” & ‘flo’" in text  # ligatures read as letters after NFKC
    assert "Child" not in flat(mine[0])  # each member's page is its own


def pdf(objects: dict[int, bytes], root: int = 1) -> bytes:
    """A PDF with these objects (bodies as written between ``obj`` and ``endobj``)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets.get(n, 0)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def stream(data: bytes, head: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), head, data)


CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
2 beginbfchar <01> <0048> <02> <FB01> endbfchar
1 beginbfrange <61> <7A> <0061> endbfrange
2 beginbfrange <20> <21> [<0020> <00E9>] <28> <29> [<0028> <0029>] endbfrange
endcmap end end"""


def hand_made(first: bytes, second: bytes, extra: dict[int, bytes] | None = None) -> bytes:
    """Two pages under a nested page tree; the resources (one font, with the CMap above)
    given in place on the parent and inherited; the second page's content in two parts."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 2 "
        b"/Resources << /Font << /F1 6 0 R >> /ProcSet [/PDF /Text] >> >>",
        3: b"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 >>",
        4: b"<< /Type /Page /Parent 3 0 R /Contents 8 0 R >>",
        5: b"<< /Type /Page /Parent 3 0 R /Contents [9 0 R 10 0 R] >>",
        6: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R >>",
        7: stream(zlib.compress(CMAP), b"/Filter /FlateDecode "),
        8: stream(first),
        9: stream(zlib.compress(second), b"/Filter [/FlateDecode] "),
        10: stream(b"BT /F1 12 Tf 0 -14 Td <0161> Tj ET"),
    }
    return pdf({**objects, **(extra or {})})


def test_a_hand_made_pdf() -> None:
    first = (
        b"BT /F1 12 Tf 72 700 Td <01> Tj (ello) Tj 0 -14 Td [(wor) -50 (ld) -500 (\\(x\\))] TJ"
        b" T* <02 6E65> Tj ( caf!) ' ET"
    )
    second = b"% a comment (not text)\nq BI /W 1 /H 1 ID \x00\xff) Tj EI Q BT /F1 9 Tf (ok) Tj ET"
    assert page_texts(hand_made(first, second)) == ["Hello\nworld (x)\nﬁne\n café", "ok\nHa"]


def test_runs_at_the_same_height_are_one_line() -> None:
    # As Qt writes a bold label and its value: two runs, each placed with Tm and Td.
    runs = (
        b"BT /F1 12 Tf 1 0 0 -1 0 0 Tm 72 -700 Td (ab) Tj ET "
        b"BT /F1 9 Tf 1 0 0 -1 0 0 Tm 90 -700 Td <20> Tj 9 0 Td (cd) Tj ET "
        b"BT /F1 9 Tf 1 0 0 -1 0 0 Tm 72 -714 Td (ef) Tj ET"
    )
    assert page_texts(hand_made(runs, b""))[0] == "ab cd\nef"


def test_a_later_object_of_the_same_number_wins() -> None:
    # As after an incremental update: the object written last is the one in force.
    data = hand_made(b"BT /F1 12 Tf (old) Tj ET", b"")
    data += b"8 0 obj\n" + stream(b"BT /F1 12 Tf (new) Tj ET") + b"\nendobj\n"
    assert page_texts(data)[0] == "new"


def test_a_stream_length_given_as_an_object() -> None:
    content = b"BT /F1 12 Tf (endstream endobj inside) Tj ET"
    data = hand_made(b"", b"", {8: b"<< /Length 11 0 R >>\nstream\n" + content + b"\nendstream"})
    data = data.replace(b"xref", b"11 0 obj\n%d\nendobj\nxref" % len(content), 1)
    assert page_texts(data)[0] == "endstream endobj inside"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"hello", "not a PDF file"),
        (b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n", "names no catalog"),
        (hand_made(b"", b"", {8: stream(b"x", b"/Filter /DCTDecode ")}), "cannot decode"),
        (hand_made(b"", b"", {8: stream(b"not zlib", b"/Filter /FlateDecode ")}), "damaged"),
        (hand_made(b"", b"", {8: b"<< >>\nstream\nabc\nendstream"}), "no length"),
    ],
)
def test_what_it_cannot_read_it_says(data: bytes, why: str) -> None:
    with pytest.raises(PdfTextError, match=why):
        page_texts(data)


def test_the_reader_uses_no_qt() -> None:
    code = (
        "import sys, hmo_desktop.pdftext\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"
