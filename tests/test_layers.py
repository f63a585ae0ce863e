"""The layers hold: `lint-imports` passes on the project, and a forbidden import fails it
with a message naming the rule that was broken (docs/ARCHITECTURE.md lists the rules;
pyproject.toml's [tool.importlinter] states them)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "pyproject.toml"


def lint_imports(cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the `lint-imports` installed with this interpreter in ``cwd``, where it reads
    ``pyproject.toml`` and finds the package first on sys.path."""
    script = Path(sys.executable).parent / "lint-imports"
    assert script.exists(), f"no {script}: install the test extra (pip install -e '.[test]')"
    env = dict(os.environ, COLUMNS="200")
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [str(script), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def contract_name(contract_id: str) -> str:
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract["id"] == contract_id:
            return str(contract["name"])
    raise KeyError(contract_id)


def flat(text: str) -> str:
    """The output with its line wrapping undone."""
    return " ".join(text.split())


def test_the_project_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 broken" in output


@pytest.mark.parametrize(
    ("module", "line", "contract_id"),
    [
        ("directory/__init__.py", "import PySide6.QtCore", "directory"),
        ("directory/__init__.py", "from hmo_desktop.datapack import build", "directory"),
        ("ui/__init__.py", "from hmo_desktop.directory_format import tables", "ui"),
        ("ui/plan_picker.py", "from hmo_desktop.ui import pcp_chooser", "screens"),
        ("household/__init__.py", "import PySide6.QtWidgets", "household"),
        ("datapack/__init__.py", "from hmo_desktop import directory", "datapack"),
        ("geo.py", "from PySide6 import QtCore", "plain"),
        ("textfold.py", "import opencc", "plain"),
        ("directory/search.py", "import opencc", "directory"),
        ("ui/find_doctor.py", "from hmo_desktop.ui import dialogs", "screens"),
        ("app.py", "import sqlmodel", "ui"),
        ("directory_format/__init__.py", "from hmo_desktop import directory", "directory_format"),
    ],
)
def test_a_forbidden_import_breaks_the_contract_by_name(
    tmp_path: Path, module: str, line: str, contract_id: str
) -> None:
    # Analyse a copy with one bad import added, under the same contracts: the copy comes
    # first on sys.path (it is in the working directory and on PYTHONPATH), ahead of the
    # installed package.
    shutil.copy(CONFIG, tmp_path / "pyproject.toml")
    copy = tmp_path / "hmo_desktop"
    shutil.copytree(ROOT / "hmo_desktop", copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")

    result = lint_imports(tmp_path, pythonpath=tmp_path)
    output = flat(result.stdout + result.stderr)
    assert result.returncode != 0, output
    assert f"{contract_name(contract_id)} BROKEN" in output, output
    # The report points at the added line, in the module that was changed.
    importer = "hmo_desktop." + module.removesuffix(".py").removesuffix("/__init__")
    assert importer.replace("/", ".") in output, output
