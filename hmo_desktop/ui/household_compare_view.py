"""The compare table: the household's chosen doctors side by side, one column each, one
row per fact (``household_compare`` gives the words and fills the model)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from hmo_desktop.directory import Directory
from hmo_desktop.household.members import Household
from hmo_desktop.ui.common import named, tr
from hmo_desktop.ui.household_compare import (
    Column,
    compare_columns,
    compared_choices,
    fill_compare,
    reword_compare,
)
from hmo_desktop.ui.retranslate import set_texts


class CompareTable(QTableView):
    """``compareTable``: fill it with ``show``; ``retranslate`` words it again in place.
    ``language_names``: code -> the directory's English name."""

    def __init__(self, language_names: dict[str, str]) -> None:
        super().__init__()
        named(self, "compareTable", "")
        self.language_names = language_names
        self.compare_model = QStandardItemModel(self)
        self.compared: list[Column] = []  # the doctors shown
        self._place_known = False
        self.setModel(self.compare_model)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())

    def show_household(
        self,
        db: Directory,
        household: Household,
        county_id: int | None,
        distances: dict[tuple[int, int], float | None],
        place_known: bool,
    ) -> None:
        """Each member's chosen doctors (distances as the doctor step listed them)."""
        self._place_known = place_known
        self.compared = compare_columns(db, compared_choices(household), county_id, distances)
        fill_compare(self.compare_model, self.compared, self.language_names, place_known)
        if self.compare_model.columnCount():  # the facts' names; the doctors share the rest
            fit = QHeaderView.ResizeMode.ResizeToContents
            self.horizontalHeader().setSectionResizeMode(0, fit)
        self.resizeRowsToContents()

    def retranslate(self) -> None:
        set_texts(self, None, tr("Compare the chosen doctors"))
        reword_compare(self.compare_model, self.compared, self.language_names, self._place_known)
        self.resizeRowsToContents()
