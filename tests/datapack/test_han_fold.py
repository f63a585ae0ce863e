"""The han_fold table: Traditional -> Simplified Chinese characters from OpenCC, written
into the directory with the native names folded by it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import opencc

from hmo_desktop.datapack.han_fold import han_fold_table
from hmo_desktop.textfold import fold_native


def test_the_table_comes_from_opencc() -> None:
    table = han_fold_table()
    for variant, canonical in (
        ("陳", "陈"),
        ("黃", "黄"),
        ("劉", "刘"),
        ("張", "张"),
        ("鄭", "郑"),
    ):
        assert table[variant] == canonical
    assert table["衞"] == "卫"  # a Hong Kong form (hk2s), which t2s leaves alone
    assert table["髮"] == table["發"] == "发"  # many Traditional forms, one Simplified
    # Simplified characters, and characters the same in both scripts, are not variants.
    for ch in ("陈", "黄", "李", "王", "金", "么"):
        assert ch not in table
    # Folding twice changes nothing: no canonical character is itself a variant.
    assert not set(table.values()) & set(table)
    assert all(len(k) == len(v) == 1 for k, v in table.items())
    # Every character OpenCC's standard conversion changes is here, to the same form.
    t2s = opencc.OpenCC("t2s")
    for variant in list(table)[::50]:
        assert t2s.convert(variant) in (table[variant], variant)
    assert 3_000 < len(table) < 10_000  # modest: a few tens of kilobytes in the file


def test_the_directory_carries_the_table_and_names_folded_by_it(hmo_small_directory: Path) -> None:
    con = sqlite3.connect(f"{hmo_small_directory.as_uri()}?mode=ro", uri=True)
    try:
        written = dict(con.execute("SELECT variant, canonical FROM han_fold"))
        assert written == han_fold_table()
        rows = con.execute(
            "SELECT p.native_name, n.name FROM practitioner p "
            "JOIN name_native n ON n.practitioner_id = p.id"
        ).fetchall()
        assert rows
        assert all(name == fold_native(native, written) for native, name in rows)
        s2t = opencc.OpenCC("s2t")
        chinese = [native for native, name in rows if s2t.convert(native) != native]
        assert chinese  # some names are written differently in Traditional characters
        for native in chinese:
            assert fold_native(s2t.convert(native), written) == fold_native(native, written)
        missing = con.execute(
            "SELECT count(*) FROM practitioner WHERE native_name IS NOT NULL "
            "AND id NOT IN (SELECT practitioner_id FROM name_native)"
        ).fetchone()[0]
        assert missing == 0
    finally:
        con.close()
