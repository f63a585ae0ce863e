"""The doctor list's model: the doctors matching one query, read a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from hmo_desktop.directory import Directory, Page, PcpFilters, PcpPage, PcpRow, search_pcps
from hmo_desktop.ui.common import (
    accepting_labels,
    distance_text,
    listed,
    sample_badge,
    specialty_labels,
    tr,
)
from hmo_desktop.ui.table_model import Column, RowTableModel
from hmo_desktop.ui.wording import doctor_name, office_address

PAGE_SIZE = 60
_NO_INDEX = QModelIndex()


def office_text(r: PcpRow) -> str:
    """The office listing: a sample office says so in its address."""
    return office_address(r.office_address) or ""


def office_tip(r: PcpRow) -> str:
    town = " ".join(x for x in (r.office_city, r.office_zip) if x)
    return listed([x for x in (office_address(r.office_address), town) if x])


class PcpResultsModel(RowTableModel[PcpRow]):
    """The doctors matching one query, read from the directory a page at a time
    (canFetchMore/fetchMore) as the view scrolls."""

    def __init__(self, db: Directory, parent: QObject | None = None) -> None:
        # Titles and cells are looked up as they are drawn: a language change shows them
        # in the new language after ``retranslate``.
        super().__init__(
            [
                Column(lambda: tr("Doctor"), lambda r: doctor_name(r.name, r.credential)),
                Column(
                    lambda: tr("Sample?"),
                    lambda r: sample_badge() if r.is_sample else "",
                    lambda r: tr("Generated sample data, not a real person") if r.is_sample else "",
                ),
                Column(lambda: tr("Office"), office_text, office_tip),
                Column(
                    lambda: tr("Distance"),
                    lambda r: distance_text(r.distance_mi),
                    lambda r: (
                        ""
                        if r.distance_mi is None
                        else tr("To a sample office placed at a ZIP code center")
                        if r.is_sample
                        else tr("Approximate: to the center of the office's ZIP code")
                    ),
                    align_right=True,
                ),
                Column(lambda: tr("New patients"), lambda r: accepting_labels()[r.accepting]),
                Column(lambda: tr("Specialty"), lambda r: specialty_labels()[r.specialty]),
                Column(lambda: tr("Medical group"), lambda r: r.group_name),
            ],
            parent,
        )
        self._db = db
        self._query: tuple[int, PcpFilters] | None = None
        self.total = 0  # office listings (rows over all pages)
        self.doctors = 0  # distinct doctors

    def show(self, plan_id: int, filters: PcpFilters) -> PcpPage:
        """Replace the rows with the first page of a new query."""
        page = search_pcps(self._db, plan_id, filters, Page(0, PAGE_SIZE))
        self._query = (plan_id, filters)
        self.total, self.doctors = page.total, page.doctors
        self.set_rows(page.rows)
        return page

    def clear(self) -> None:
        self._query = None
        self.total = self.doctors = 0
        self.set_rows(())

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> bool:
        return not parent.isValid() and self.rowCount() < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_INDEX) -> None:
        if self._query is None or not self.canFetchMore(parent):
            return
        page = search_pcps(self._db, *self._query, Page(self.rowCount(), PAGE_SIZE))
        self.total = page.total
        self.append_rows(page.rows)
