"""The words of a PDF this app wrote, page by page, for the self-test to read the
enrollment summary back. The app has no PDF library (PySide6-Essentials has no QtPdf):
this reads what Qt's ``QPdfWriter`` writes, not every PDF. Objects in the clear (the last
of a number wins, as after an incremental update); streams plain or FlateDecode; text
shown with Tj, TJ, ' and " in fonts with a ToUnicode CMap (Qt embeds each font as a
subset with one). Runs of text at the same height make one line (Qt starts a run at
each change of font, and around some ligatures); a line wrapped on the page is two.
Ligatures stay as such (U+FB01 for "fi"): normalize with NFKC to compare.
Qt-free; tested against pypdf.
"""

from __future__ import annotations

import re
import zlib

__all__ = ["PdfTextError", "page_texts"]


class PdfTextError(ValueError):
    """The file is not a PDF this reader can read."""


_OBJ = re.compile(rb"(?<![0-9])(\d+)\s+\d+\s+obj\b")
_STREAM_OR_END = re.compile(rb"\bstream\r?\n|\bendobj\b")
_REF = rb"(\d+)\s+\d+\s+R"
_NAME_REF = re.compile(rb"/([^\s/<>\[\]()]+)\s*" + _REF)
_TOKEN = re.compile(  # a content stream's tokens; an inline image's bytes are skipped
    rb"(?P<image>\bBI\b.*?\sEI\b)|<<|>>|(?P<str><[0-9A-Fa-f\s]*>|\((?:\\.|[^\\()])*\))"
    rb"|(?P<open>\[)|(?P<close>\])|(?P<name>/[^\s/<>\[\]()%{}]*)"
    rb"|(?P<num>[+-]?(?:\d+\.?\d*|\.\d+))|(?P<op>[A-Za-z'\"*][A-Za-z0-9*'\"]*)|\s+|%[^\r\n]*|.",
    re.S,
)

#: An object: its dictionary (or other value) as text, and its stream's raw bytes.
_Object = tuple[bytes, bytes | None]
#: A font's codes: how many bytes each, and what each code says.
_Font = tuple[int, dict[bytes, str]]


def page_texts(data: bytes) -> list[str]:
    """Each page's text, in page order."""
    if not data.startswith(b"%PDF-"):
        raise PdfTextError("not a PDF file")
    objects = _objects(data)
    roots = re.findall(rb"/Root\s+" + _REF, data)
    if not roots:
        raise PdfTextError("the PDF names no catalog")
    pages = _ref(objects[int(roots[-1])][0] if int(roots[-1]) in objects else b"", b"Pages")
    if pages is None:
        raise PdfTextError("the PDF's catalog has no pages")
    return [_page_text(objects, page, res) for page, res in _pages(objects, pages, b"", 0)]


def _objects(data: bytes) -> dict[int, _Object]:
    found: dict[int, _Object] = {}
    pos = 0
    while m := _OBJ.search(data, pos):
        nxt = _STREAM_OR_END.search(data, m.end())
        if nxt is None:
            break
        head = data[m.end() : nxt.start()]
        stream = None
        pos = nxt.end()
        if nxt.group().startswith(b"stream"):
            length = _length(data, head)
            stream = data[nxt.end() : nxt.end() + length]
            end = data.find(b"endobj", nxt.end() + length)
            pos = len(data) if end < 0 else end + 6
        found[int(m.group(1))] = (head.strip(), stream)
    return found


def _length(data: bytes, head: bytes) -> int:
    ref = re.search(rb"/Length\s+" + _REF, head)
    if ref is not None:  # Qt writes a stream's length as an object after it
        value = re.search(rb"(?<![0-9])%s\s+\d+\s+obj\s*(\d+)\s*endobj" % ref.group(1), data)
    else:
        value = re.search(rb"/Length\s+(\d+)", head)
    if value is None:
        raise PdfTextError("a stream has no length")
    return int(value.group(1))


def _ref(head: bytes, key: bytes) -> int | None:
    m = re.search(rb"/" + key + rb"\s+" + _REF, head)
    return int(m.group(1)) if m else None


def _value(objects: dict[int, _Object], head: bytes, key: bytes) -> bytes:
    """The object a dictionary entry refers to; for one written in place, ``head``
    itself (the caller looks for what it needs inside)."""
    ref = _ref(head, key)
    return objects.get(ref, (b"", None))[0] if ref is not None else head


def _pages(
    objects: dict[int, _Object], number: int, inherited: bytes, depth: int
) -> list[tuple[int, bytes]]:
    """The page tree's leaves in order, each with its resources (or its parents')."""
    head = objects.get(number, (b"", None))[0]
    resources = _value(objects, head, b"Resources") if b"/Resources" in head else inherited
    if not re.search(rb"/Type\s*/Pages\b", head):
        return [(number, resources)]
    if depth > 32:
        raise PdfTextError("the page tree is too deep")
    kids = re.search(rb"/Kids\s*\[(.*?)\]", head, re.S)
    refs = re.findall(_REF, kids.group(1)) if kids else []
    return [p for k in refs for p in _pages(objects, int(k), resources, depth + 1)]


def _stream(objects: dict[int, _Object], number: int) -> bytes:
    head, raw = objects.get(number, (b"", None))
    if raw is None:
        return b""
    given = re.search(rb"/Filter\s*(\[[^\]]*\]|/\w+)", head)
    filters = re.findall(rb"/(\w+)", given.group(1)) if given else []
    if filters and filters != [b"FlateDecode"]:
        raise PdfTextError(f"a stream this reader cannot decode: {filters!r}")
    try:
        return zlib.decompress(raw) if filters else raw
    except zlib.error as e:
        raise PdfTextError(f"a damaged stream: {e}") from e


def _fonts(objects: dict[int, _Object], resources: bytes) -> dict[bytes, _Font]:
    fonts: dict[bytes, _Font] = {}
    listed = _value(objects, resources, b"Font")
    in_place = re.search(rb"/Font\s*<<(.*?)>>", listed, re.S)
    for name, ref in _NAME_REF.findall(in_place.group(1) if in_place else listed):
        cmap = _ref(objects.get(int(ref), (b"", None))[0], b"ToUnicode")
        fonts[name] = _cmap(_stream(objects, cmap)) if cmap is not None else (1, {})
    return fonts


def _cmap(text: bytes) -> _Font:
    """A ToUnicode CMap's code width and mappings (bfchar, and bfrange in both forms)."""
    space = re.search(rb"begincodespacerange\s*<([0-9A-Fa-f]+)>", text)
    width = len(space.group(1)) // 2 if space else 2
    codes: dict[bytes, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            codes[bytes.fromhex(src.decode())] = _utf16(bytes.fromhex(dst.decode()))
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block
        ):
            first, last, n = int(lo, 16), int(hi, 16), len(lo) // 2
            count = min(last - first + 1, 0x10000)
            if dst.startswith(b"["):
                targets = [_utf16(bytes.fromhex(h.decode())) for h in re.findall(rb"<(\w*)>", dst)]
            else:  # the first code's text, then the next values
                start = bytes.fromhex(dst[1:-1].decode()) or b"\0"
                base, size = int.from_bytes(start, "big"), len(start)
                targets = [_utf16(((base + i) % 256**size).to_bytes(size)) for i in range(count)]
            for i, target in enumerate(targets[:count]):
                codes[(first + i).to_bytes(n, "big")] = target
    return width, codes


def _utf16(raw: bytes) -> str:
    return raw.decode("utf-16-be", "replace")


def _shown(font: _Font | None, raw: bytes) -> str:
    width, codes = font or (1, {})
    if not codes:
        return raw.decode("latin-1")
    return "".join(codes.get(raw[i : i + width], "") for i in range(0, len(raw), width))


def _page_text(objects: dict[int, _Object], page: int, resources: bytes) -> str:
    head = objects[page][0]
    listed = re.search(rb"/Contents\s*\[(.*?)\]", head, re.S)
    if listed is not None:
        refs = [int(r) for r in re.findall(_REF, listed.group(1))]
    else:
        refs = [_ref(head, b"Contents") or 0]
    content = b"\n".join(_stream(objects, r) for r in refs)
    return _content_text(content, _fonts(objects, resources))


def _content_text(content: bytes, fonts: dict[bytes, _Font]) -> str:
    """The text shown, run by run: a run ends with its BT ... ET or a move to another
    line; runs at the same height (Qt starts one at each change of font) join again."""
    runs: list[tuple[tuple[float, float, int], str]] = []
    run: list[str] = []
    operands: list[object] = []
    array: list[object] | None = None  # a TJ array being read
    font: _Font | None = None
    cm_y = y = 0.0  # the last cm's and the text matrix's vertical offsets
    breaks = 0  # lines started with T*, ' or " (their height is not tracked)
    key = (cm_y, y, breaks)
    for m in _TOKEN.finditer(content):
        kind, token = m.lastgroup, m.group()
        target = operands if array is None else array
        if kind == "str":
            target.append(_string(token))
        elif kind == "num":
            target.append(float(token))
        elif kind == "name":
            target.append(token[1:])
        elif kind == "open":
            array = []
        elif kind == "close" and array is not None:
            operands.append(array)
            array = None
        elif kind == "op":
            nums = [o for o in operands if isinstance(o, float)]
            if token == b"Tf" and len(operands) >= 2 and isinstance(operands[-2], bytes):
                font = fonts.get(operands[-2])
            elif token == b"cm" and len(nums) == 6:
                cm_y = nums[5]
            moved = token in (b"Td", b"TD") and nums[-1:] not in ([], [0.0])
            if token in (b"BT", b"ET", b"Tm", b"T*", b"'", b'"') or moved:
                if run:
                    runs.append((key, "".join(run)))
                    run.clear()
                y = nums[5] if token == b"Tm" and len(nums) == 6 else 0.0 if token == b"BT" else y
                y += nums[-1] if moved else 0.0
                breaks += token in (b"T*", b"'", b'"')
            shown = operands[-1:] if token in (b"Tj", b"'", b'"') else []
            if token == b"TJ" and operands and isinstance(operands[-1], list):
                shown = operands[-1]
            for item in shown:
                if not run:
                    key = (cm_y, y, breaks)
                if isinstance(item, bytes):
                    run.append(_shown(font, item))
                elif isinstance(item, float) and item < -200:
                    run.append(" ")  # a TJ gap as wide as a space
            operands = []
    if run:
        runs.append((key, "".join(run)))
    return "".join(("\n" if i and k != runs[i - 1][0] else "") + t for i, (k, t) in enumerate(runs))


def _string(token: bytes) -> bytes:
    """A string operand's bytes: <hex>, or (literal) with its one-character escapes
    (Qt writes text in hex; octal escapes are not read)."""
    if token.startswith(b"<"):
        digits = re.sub(rb"\s", b"", token[1:-1]).decode()
        return bytes.fromhex(digits + "0" * (len(digits) % 2))
    return re.sub(rb"\\(.)", rb"\1", token[1:-1], flags=re.S)
