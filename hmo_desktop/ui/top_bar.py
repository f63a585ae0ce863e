"""The window's top bar, always shown: the ZIP or county (``AreaBar``), "Find my current
doctor", "Help", "About" and, apart from them, "Start over". It wraps on a narrow window
or with large text. The window connects the buttons and calls ``retranslate``."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from hmo_desktop.ui.area_bar import AreaBar
from hmo_desktop.ui.common import named
from hmo_desktop.ui.flow_layout import FlowLayout
from hmo_desktop.ui.retranslate import set_texts


class TopBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.area = AreaBar()
        self.find_button = named(QPushButton(), "findDoctorButton", "")
        self.help_button = named(QPushButton(), "helpButton", "")
        self.about_button = named(QPushButton(), "aboutButton", "")
        # Away from the steps' own buttons: one member at a time, a deliberate click.
        self.start_over = named(QPushButton(), "startOverButton", "")
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.area, self.find_button, self.help_button, self.about_button):
            row.addWidget(w)
        row.addWidget(self.start_over)

    def retranslate(self) -> None:
        """The buttons' words (the area bar sets its own)."""
        set_texts(
            self.find_button, self.tr("Find my current doctor"), self.tr("Find my current doctor")
        )
        set_texts(self.help_button, self.tr("Help"), self.tr("Help and glossary"))
        set_texts(self.about_button, self.tr("About"), self.tr("About HMO Desktop and its data"))
        set_texts(
            self.start_over,
            self.tr("Start over"),
            self.tr("Start over with a new member (also Ctrl+N)"),
            self.tr("Forget this member's ZIP, plan, group, doctor, filters and searches"),
        )
