"""pytest plugin (entry point ``pytest11``): fixtures over a small, known directory.

Testers write ``def test_x(hmo_window, qtbot): ...`` without reading the app's source.

- ``hmo_small_directory``: path of a small directory built by the real builder (San
  Francisco and Fresno counties, a few hundred sample doctors), once per session.
- ``hmo_directory``: that directory opened read-only (``hmo_desktop.directory.Directory``).
- ``hmo_directory_path``: the directory the window fixtures open; override it (or pass
  ``--hmo-directory PATH``) to run the same tests over another directory file.
- ``hmo_window``: the main window over ``hmo_directory_path``, shown, closed afterwards,
  with the installed app's font and style sheet, and a fresh, empty user folder
  (``HMO_DESKTOP_DATA``: where a household kept on the computer is saved).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SMALL_COUNTIES = ("San Francisco", "Fresno")
SMALL_SCALE = 0.05
SMALL_SEED = 7


def build_small_directory(folder: Path) -> Path:
    """Build the small known directory into ``folder`` and return the file's path."""
    from hmo_desktop.datapack.build import BuildOptions, build_directory
    from hmo_desktop.paths import sources_dir

    out = folder / "small directory.sqlite"  # a space on purpose: paths must cope
    build_directory(
        BuildOptions(
            out=out,
            sources=sources_dir(),
            scale=SMALL_SCALE,
            seed=SMALL_SEED,
            counties=SMALL_COUNTIES,
        )
    )
    return out


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--hmo-directory",
        default=None,
        help="directory file for the hmo_window fixture (default: small one)",
    )


@pytest.fixture(scope="session")
def hmo_small_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small_directory(tmp_path_factory.mktemp("hmo-directory"))


@pytest.fixture(scope="session")
def hmo_directory_path(request: pytest.FixtureRequest, hmo_small_directory: Path) -> Path:
    given = request.config.getoption("--hmo-directory")
    return Path(given) if given else hmo_small_directory


@pytest.fixture
def hmo_directory(hmo_small_directory: Path) -> Iterator[Any]:
    from hmo_desktop.directory import open_directory

    db = open_directory(hmo_small_directory)
    yield db
    db.close()


@pytest.fixture
def hmo_window(
    hmo_directory_path: Path, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    from PySide6.QtWidgets import QApplication

    from hmo_desktop.paths import USER_DATA_ENV

    # A fresh user folder: no household kept by an earlier test (or by the tester) opens.
    monkeypatch.setenv(USER_DATA_ENV, str(tmp_path / "user-data"))

    from hmo_desktop.directory import open_directory
    from hmo_desktop.ui.main_window import MainWindow
    from hmo_desktop.ui.theme import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)  # the installed app's font and style sheet: what members see
    db = open_directory(hmo_directory_path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    db.close()
    # Delete the window now: a closed window left for a deferred delete that never runs
    # is restyled with the live ones at every later style change (seconds per test).
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


#: The staff PIN of the ``hmo_kiosk_config`` fixture.
KIOSK_TEST_PIN = "2468"


@pytest.fixture
def hmo_kiosk_config(tmp_path: Path) -> Any:
    """A staff configuration for tests (``hmo_desktop.kiosk.KioskConfig``): the PIN
    ``KIOSK_TEST_PIN`` ("2468"), summaries as PDFs into ``tmp_path / "kiosk-summaries"``,
    the default idle and warning times. Override the fixture for others."""
    from hmo_desktop.kiosk.config import KioskConfig
    from hmo_desktop.kiosk.pin import hash_pin

    folder = tmp_path / "kiosk-summaries"
    folder.mkdir()
    return KioskConfig(
        path=tmp_path / "kiosk.toml", pin_hash=hash_pin(KIOSK_TEST_PIN), pdf_folder=folder
    )


@pytest.fixture
def hmo_kiosk_window(hmo_directory_path: Path, hmo_kiosk_config: Any, qtbot: Any) -> Iterator[Any]:
    """The kiosk (``hmo_desktop.ui.kiosk_shell.KioskShell``) over ``hmo_directory_path``
    with ``hmo_kiosk_config``, shown at 1280x800 on its start screen; afterwards it is
    wiped, closed and deleted, and the app's look is the desktop's again."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from hmo_desktop.directory import open_directory
    from hmo_desktop.ui.kiosk_shell import KioskShell
    from hmo_desktop.ui.theme import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    db = open_directory(hmo_directory_path)
    shell = KioskShell(db, hmo_kiosk_config)
    shell.resize(1280, 800)
    shell.show()
    qtbot.waitExposed(shell)
    yield shell
    shell.shutdown()
    db.close()
    app.setQuitOnLastWindowClosed(True)
    apply_look(app, touch=False)  # the desktop's look (the kiosk's is larger)
    shell.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
