"""An X window dump (``xwd -root``, 32 bits a pixel as Xvfb gives at depth 24) as a PNG.

    python tools/xwd_to_png.py IN.xwd OUT.png

``.ci/bundle-check`` takes its Xvfb screenshots with it (Qt reads no XWD files).
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER_FIELDS = 25  # 32-bit big-endian numbers in an XWD version 7 header


def xwd_to_png(source: Path, target: Path) -> tuple[int, int]:
    """Write ``source`` as a PNG at ``target``; returns its width and height."""
    from PySide6.QtGui import QImage

    data = source.read_bytes()
    fields = [int.from_bytes(data[i : i + 4], "big") for i in range(0, HEADER_FIELDS * 4, 4)]
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits, bytes_per_line, colors = fields[7], fields[11], fields[12], fields[19]
    if bits != 32:
        raise ValueError(f"{source}: {bits} bits a pixel, not 32")
    start = header_size + colors * 12  # after the window name and the colour map
    pixels = data[start : start + bytes_per_line * height]
    # LSBFirst (0): B, G, R, pad in memory, which is Qt's RGB32 on a little-endian machine.
    fmt = QImage.Format.Format_RGB32 if byte_order == 0 else QImage.Format.Format_RGBX8888
    image = QImage(pixels, width, height, bytes_per_line, fmt).copy()
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")
    return width, height


if __name__ == "__main__":
    xwd_to_png(Path(sys.argv[1]), Path(sys.argv[2]))
