"""Dialogs: about ("find my current doctor" is in test_find_doctor.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from hmo_desktop.directory import Directory
from hmo_desktop.ui.main_window import MainWindow


def test_about_names_every_source_with_its_date(
    hmo_window: MainWindow, hmo_directory: Directory
) -> None:
    hmo_window.about_button.click()
    box = hmo_window.dialog
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "aboutDialog"
    summary = hmo_directory.summary()
    assert summary.sha256[:12] in box.text()
    for source in summary.sources:
        assert source.title in box.text()
        if source.as_of != "build":  # made by the builder itself: no date to give
            assert f"as of {source.as_of}" in box.text()
    assert "as of build" not in box.text()
    assert "made by this app" in box.text()
