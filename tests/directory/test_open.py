"""The fault matrix: every way the directory file can be wrong gets its own plain message,
nothing crashes, and opening never creates or changes a file."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from hmo_desktop.directory import (
    SUMMARY_COUNTS,
    UNAVAILABLE_CODES,
    Directory,
    DirectorySummary,
    DirectoryUnavailable,
    open_directory,
)
from hmo_desktop.directory_format import SCHEMA_VERSION
from hmo_desktop.paths import manifest_path_for
from tests.directory.damage import MORE_FAULTS, manifest_not_a_file, rewrite, unsearchable


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir()}


@pytest.fixture
def copy(hmo_small_directory: Path, tmp_path: Path) -> Path:
    """A private copy of the small directory and its manifest, in an awkward path."""
    folder = tmp_path / "my #1 folder? été"
    folder.mkdir()
    dst = folder / "directory é #.sqlite"
    shutil.copyfile(hmo_small_directory, dst)
    shutil.copyfile(manifest_path_for(hmo_small_directory), manifest_path_for(dst))
    return dst


def expect(path: Path, code: str) -> DirectoryUnavailable:
    before = snapshot(path.parent) if path.parent.exists() else None
    with pytest.raises(DirectoryUnavailable) as info:
        open_directory(path)
    if before is not None:
        assert snapshot(path.parent) == before
    err = info.value
    assert err.code == code, (err.code, err.reason)
    assert code in UNAVAILABLE_CODES
    assert err.reason
    return err


def test_good_file_opens_in_an_awkward_path_and_leaves_no_trace(copy: Path) -> None:
    before = snapshot(copy.parent)
    with open_directory(copy) as db:
        assert db.con.execute("SELECT count(*) FROM practitioner").fetchone()[0] > 100
        with pytest.raises(sqlite3.OperationalError):
            db.con.execute("DELETE FROM plan")
    assert snapshot(copy.parent) == before  # no -journal, -wal, -shm, no touched mtimes


def test_missing_file_creates_nothing(tmp_path: Path) -> None:
    err = expect(tmp_path / "nothing here.sqlite", "missing")
    assert "missing" in err.reason
    assert list(tmp_path.iterdir()) == []


def test_empty_file(copy: Path) -> None:
    copy.write_bytes(b"")
    assert "empty" in expect(copy, "empty").reason


@pytest.mark.parametrize("fraction", [0.0001, 0.01, 0.3, 0.5, 0.99])
def test_truncated_file(copy: Path, fraction: float) -> None:
    data = copy.read_bytes()
    copy.write_bytes(data[: max(1, int(len(data) * fraction))])
    code = "not_sqlite" if len(data) * fraction < 100 else "truncated"
    expect(copy, code)


def test_random_bytes(copy: Path) -> None:
    copy.write_bytes(random.Random(3).randbytes(200_000))
    assert "not an HMO Desktop directory" in expect(copy, "not_sqlite").reason


def test_random_single_bit_flips_are_all_detected(copy: Path) -> None:
    original = copy.read_bytes()
    rng = random.Random(11)
    codes = set()
    for _ in range(200):
        data = bytearray(original)
        pos = rng.randrange(len(data))
        data[pos] ^= 1 << rng.randrange(8)
        copy.write_bytes(data)
        with pytest.raises(DirectoryUnavailable) as info:
            open_directory(copy)
        codes.add(info.value.code)
    assert "damaged" in codes
    assert codes <= set(UNAVAILABLE_CODES)
    copy.write_bytes(original)
    open_directory(copy).close()


def rewrite_header(copy: Path, offset: int, value: bytes) -> None:
    data = bytearray(copy.read_bytes())
    data[offset : offset + len(value)] = value
    copy.write_bytes(data)


def test_wrong_application_id(copy: Path) -> None:
    rewrite_header(copy, 68, (0x12345678).to_bytes(4, "big"))
    assert "not an HMO Desktop directory" in expect(copy, "foreign").reason


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    expect(path, "foreign")


def test_newer_user_version(copy: Path) -> None:
    rewrite_header(copy, 60, (SCHEMA_VERSION + 1).to_bytes(4, "big"))
    err = expect(copy, "too_new")
    assert "needs a newer version of HMO Desktop" in err.reason


def test_wal_mode_file(copy: Path) -> None:
    rewrite_header(copy, 18, b"\x02\x02")
    assert "WAL" in expect(copy, "wal").reason


def test_folder_where_the_file_should_be(tmp_path: Path) -> None:
    (tmp_path / "directory.sqlite").mkdir()
    assert "folder" in expect(tmp_path / "directory.sqlite", "folder").reason


def test_missing_or_damaged_manifest(copy: Path) -> None:
    manifest = manifest_path_for(copy)
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text("{not json", encoding="utf-8")
    expect(copy, "bad_manifest")
    manifest.unlink()
    expect(copy, "no_manifest")
    manifest.write_text(text, encoding="utf-8")
    open_directory(copy).close()


def test_unreadable_file(copy: Path) -> None:
    copy.chmod(0)
    try:
        if os.geteuid() != 0:
            expect(copy, "unreadable")
            return
        # As root every file is readable, so check as an unprivileged user in a child.
        shared = Path(tempfile.mkdtemp())
        try:
            shared.chmod(0o755)
            target = shared / "directory.sqlite"
            shutil.copyfile(copy, target)
            shutil.copyfile(manifest_path_for(copy), manifest_path_for(target))
            target.chmod(0)
            # Import first: after dropping privileges /root's Python is out of reach.
            code = (
                "import os, sys\n"
                "from hmo_desktop.directory import open_directory, DirectoryUnavailable\n"
                "os.setgid(65534); os.setuid(65534)\n"
                "try:\n open_directory(sys.argv[1])\nexcept DirectoryUnavailable as e:\n"
                " print(e.code)\n"
            )
            out = subprocess.run(
                [sys.executable, "-c", code, str(target)],
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "PYTHONPATH": str(Path.cwd())},
            )
            assert out.stdout.strip() == "unreadable", out.stderr
        finally:
            shutil.rmtree(shared)
    finally:
        copy.chmod(0o644)


def drop_a_table(copy: Path) -> Path:
    """A directory missing a table, with a manifest that matches it."""
    return rewrite(copy, "DROP TABLE name_native")


def test_incomplete_directory(copy: Path) -> None:
    assert "name_native" in expect(drop_a_table(copy), "incomplete").reason


def test_older_user_version(copy: Path) -> None:
    rewrite_header(copy, 60, (SCHEMA_VERSION - 1).to_bytes(4, "big"))
    assert "older version" in expect(copy, "too_old").reason


def write(copy: Path, data: bytes) -> Path:
    copy.write_bytes(data)
    return copy


def header(copy: Path, offset: int, value: bytes) -> Path:
    rewrite_header(copy, offset, value)
    return copy


def flip_last_byte(copy: Path) -> Path:
    data = bytearray(copy.read_bytes())
    data[-1] ^= 0xFF
    return write(copy, bytes(data))


def unlink_manifest(copy: Path) -> Path:
    manifest_path_for(copy).unlink()
    return copy


def damage_manifest(copy: Path) -> Path:
    manifest_path_for(copy).write_text("{not json", encoding="utf-8")
    return copy


def folder_instead(copy: Path) -> Path:
    folder = copy.parent / "a folder.sqlite"
    folder.mkdir()
    return folder


def unreadable(copy: Path) -> Path:
    copy.chmod(0)
    return copy


#: One way to cause each problem, on a fresh copy: returns the path to open.
FAULTS: dict[str, Callable[[Path], Path]] = {
    "missing": lambda copy: copy.parent / "nothing here.sqlite",
    "unreadable": unreadable,
    "folder": folder_instead,
    "empty": lambda copy: write(copy, b""),
    "not_sqlite": lambda copy: write(copy, random.Random(5).randbytes(5000)),
    "foreign": lambda copy: header(copy, 68, (0x12345678).to_bytes(4, "big")),
    "too_new": lambda copy: header(copy, 60, (SCHEMA_VERSION + 1).to_bytes(4, "big")),
    "too_old": lambda copy: header(copy, 60, (SCHEMA_VERSION - 1).to_bytes(4, "big")),
    "wal": lambda copy: header(copy, 18, b"\x02\x02"),
    "no_manifest": unlink_manifest,
    "bad_manifest": damage_manifest,
    "truncated": lambda copy: write(copy, copy.read_bytes()[:5000]),
    "damaged": flip_last_byte,
    "incomplete": drop_a_table,
    "manifest_unreadable": manifest_not_a_file,
}


def test_every_problem_has_a_code() -> None:
    assert len(UNAVAILABLE_CODES) == len(set(UNAVAILABLE_CODES))
    assert set(FAULTS) == set(UNAVAILABLE_CODES)


@pytest.mark.parametrize("case", MORE_FAULTS)
def test_each_damage_is_found_as_its_code(copy: Path, case: str) -> None:
    code, damage = MORE_FAULTS[case]
    err = expect(damage(copy), code)
    err.reason.encode("utf-8")  # printable, whatever the path's bytes


def test_a_missing_column_is_named(copy: Path) -> None:
    path = rewrite(copy, "ALTER TABLE plan DROP COLUMN care_model")
    assert "plan.care_model" in expect(path, "incomplete").reason


def test_a_directory_under_a_name_that_is_not_utf8_opens(copy: Path) -> None:
    other = copy.parent / os.fsdecode(b"caf\xe9.sqlite")
    copy.rename(other)
    manifest_path_for(copy).rename(manifest_path_for(other))
    open_directory(other).close()


def test_a_folder_that_cannot_be_searched(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unsearchable(monkeypatch, copy.parent)
    with pytest.raises(DirectoryUnavailable) as info:
        open_directory(copy)
    assert info.value.code == "unreadable"
    assert "Permission denied" in info.value.reason


def test_a_manifest_that_may_not_be_read_is_not_called_damaged(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kw: object) -> object:
        if self.name.endswith(".manifest.json"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)
    err = expect(copy, "manifest_unreadable")
    assert "cannot be read" in err.reason
    assert "Permission denied" in err.reason


def test_a_manifest_too_large_to_be_one(copy: Path) -> None:
    manifest_path_for(copy).write_text(json.dumps({"x": "y" * 2_000_000}), encoding="utf-8")
    assert "larger than" in expect(copy, "bad_manifest").reason


@pytest.mark.parametrize("code", UNAVAILABLE_CODES)
def test_each_code_is_raised_for_its_problem(copy: Path, code: str) -> None:
    if code == "unreadable" and os.geteuid() == 0:
        pytest.skip("root reads every file (test_unreadable_file checks as another user)")
    path = FAULTS[code](copy)
    try:
        expect(path, code)
    finally:
        copy.chmod(0o644)


def test_summary_counts_are_keyed_by_code(hmo_directory: Directory) -> None:
    assert SUMMARY_COUNTS == (
        "plans",
        "real_groups",
        "sample_groups",
        "hospitals",
        "sample_doctors",
        "roles",
        "zip_codes",
    )
    summary = hmo_directory.summary()
    assert isinstance(summary, DirectorySummary)
    assert tuple(key for key, _n in summary.counts) == SUMMARY_COUNTS
    count = dict(summary.counts)

    def rows(sql: str) -> int:
        return int(hmo_directory.con.execute(sql).fetchone()[0])

    assert count["plans"] == rows("SELECT count(*) FROM plan")
    assert count["real_groups"] + count["sample_groups"] == rows(
        "SELECT count(*) FROM medical_group"
    )
    assert count["sample_groups"] == rows("SELECT count(*) FROM medical_group WHERE is_sample")
    assert count["hospitals"] == rows("SELECT count(*) FROM hospital")
    assert count["sample_doctors"] == rows("SELECT count(*) FROM practitioner")
    assert count["roles"] == rows("SELECT count(*) FROM pcp_role")
    assert count["zip_codes"] == rows("SELECT count(*) FROM zip_code")
    assert all(n > 0 for n in count.values())
    assert summary.sha256 == hmo_directory.sha256
    assert summary.schema_version == SCHEMA_VERSION
    titles = [r[0] for r in hmo_directory.con.execute("SELECT title FROM data_source ORDER BY id")]
    assert [s.title for s in summary.sources] == titles


def test_about_directory_words_every_count(
    hmo_small_directory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hmo_desktop.cli import about_directory

    assert about_directory(hmo_small_directory) == 0
    out = capsys.readouterr().out.splitlines()
    labels = [
        "Plans",
        "Medical groups (real, dated)",
        "Medical groups (sample)",
        "Hospitals",
        "Sample doctors (fictional)",
        "Doctor roles (doctor x office x network)",
        "ZIP codes",
    ]
    with open_directory(hmo_small_directory) as db:
        counts = db.summary().counts
    assert out[2:9] == [
        f"  {label:40} {n:>9,}" for label, (_key, n) in zip(labels, counts, strict=True)
    ]
    assert out[9] == "Sources:"
