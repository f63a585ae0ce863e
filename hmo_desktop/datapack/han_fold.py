"""The ``han_fold`` table: every Han character whose Traditional (or Hong Kong variant)
form differs from its Simplified one, mapped to the Simplified form, from OpenCC's
character tables (https://github.com/BYVoid/OpenCC, Apache-2.0).

Names in their own script are folded with it when the index is written, and the reader
folds a typed name with the rows it needs from the directory, so that 陳 and 陈, 黃 and
黄 find the same people. OpenCC is needed only here, at build time: the app reads the
table and never imports it.

Simplified is the canonical form because Traditional -> Simplified is many-to-one (髮 and
發 are both 发): folding never has to choose between candidates, as the other way would.
"""

from __future__ import annotations

import sqlite3

from hmo_desktop.directory_format.tables import HAN_FOLD_DDL

#: The Unicode blocks of Han characters: CJK Unified Ideographs with Extension A, the
#: compatibility ideographs, and the supplementary planes' extensions.
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))

#: OpenCC conversions tried in turn for each character: standard Traditional, then the
#: Hong Kong forms (衞 -> 卫, 綫 -> 线). Taiwan's ``tw2s`` is left out: it also turns
#: Simplified characters into others (么 -> 幺), which would split names apart.
CONVERSIONS = ("t2s", "hk2s")


def han_fold_table() -> dict[str, str]:
    """Variant character -> canonical (Simplified) character, each canonical character
    itself left alone (folding twice changes nothing)."""
    import opencc  # build time only: the app never folds with OpenCC itself

    chars = [chr(o) for first, last in HAN_RANGES for o in range(first, last + 1)]
    # One character per line: OpenCC converts phrases, and no phrase crosses a line.
    text = "\n".join(chars)
    table: dict[str, str] = {}
    for config in CONVERSIONS:
        converted = opencc.OpenCC(config).convert(text).split("\n")
        if len(converted) != len(chars):
            raise ValueError(f"OpenCC {config}: {len(converted)} lines for {len(chars)}")
        for ch, to in zip(chars, converted, strict=True):
            if ch not in table and to != ch and len(to) == 1:
                table[ch] = to
    for ch in list(table):  # 薴 -> 苧 -> 苎: follow every chain to its end
        seen = {ch}
        while table[ch] in table and table[ch] not in seen:
            seen.add(table[ch])
            table[ch] = table[table[ch]]
        if table[ch] in table:
            raise ValueError(f"OpenCC: {ch} folds in a cycle")
    return dict(sorted(table.items()))


def create_han_fold(con: sqlite3.Connection) -> dict[str, str]:
    """Writes ``han_fold``; returns the table, to fold the names written next."""
    table = han_fold_table()
    con.execute(HAN_FOLD_DDL)
    con.executemany("INSERT INTO han_fold (variant, canonical) VALUES (?, ?)", table.items())
    return table
