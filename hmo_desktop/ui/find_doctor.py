""" "Find my current doctor": any doctor by name, with enough to tell two of the same name
apart (office, city, medical group) and whether the member's plan includes them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import Directory, NameHit, search_names
from hmo_desktop.household import Session
from hmo_desktop.ui.common import listed, named, sample_badge, specialty_labels
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.retranslate import is_language_change, set_texts
from hmo_desktop.ui.table_model import Column, RowTableModel
from hmo_desktop.ui.wording import office_address, office_name

#: The longest name the search box takes (no name in the directory is near it).
MAX_NAME_CHARS = 100
#: The most names listed at once.
MAX_HITS = 50


def with_typed(template: str, typed: str) -> str:
    """``template`` (translated, every other placeholder already filled) with ``%1``
    replaced by what the person typed, once and last: nothing in ``typed`` is read as a
    placeholder (a typed "%2" stays "%2"). Show the result as plain text."""
    before, found, after = template.partition("%1")
    return before + typed + after if found else template


def as_typed(text: str) -> str:
    """What the person typed, on one line: control characters become spaces."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


class FindDoctorDialog(QDialog):
    """Search any doctor by name; emits ``doctor_found`` with the practitioner id.

    Reads the session's area (to keep the search to the member's county, on by default
    when there is one) and plan (to say whether each doctor is in it)."""

    doctor_found = Signal(int)
    results_shown = Signal(int)

    def __init__(self, db: Directory, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._session = session
        self.setObjectName("findDoctorDialog")
        self.search = named(QLineEdit(), "findDoctorEdit", "")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_NAME_CHARS)
        self.search.textChanged.connect(self._search)
        self.area_only = named(QCheckBox(), "findDoctorAreaOnly", "")
        #: The county the box offers (the session's area when the dialog opened).
        self._county = session.area.county if session.area is not None else None
        self.area_only.setEnabled(self._county is not None)
        self.area_only.setChecked(self._county is not None)
        self.area_only.toggled.connect(lambda _on: self._search(self.search.text()))
        # A model and a view, not QListWidget: refilling QListWidget on every keystroke
        # crashed PySide6 6.12 (a None reference-count underflow in addItem).
        self.model: RowTableModel[NameHit] = RowTableModel(
            [Column("", self.hit_text, self.hit_text)], self
        )
        self.results = named(QListView(), "findDoctorResults", "")
        self.results.setModel(self.model)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)  # each doctor is several lines,
        self.results.setWordWrap(True)  # wrapped to the dialog's width
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.activated.connect(lambda ix: self._open(self.model.row_at(ix.row())))
        self.hint = named(QLabel(), "findDoctorHint", "")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Open), "findDoctorOpenButton", ""
        )
        self.open_button.setEnabled(False)
        self.cancel_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Cancel), "findDoctorCancelButton", ""
        )
        buttons.accepted.connect(lambda: self._open(self.current_hit()))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.area_only)
        lay.addWidget(self.hint)
        lay.addWidget(self.results, 1)
        lay.addWidget(buttons)
        self.resize(640, 520)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The dialog's words; what was typed, the box's state, the doctors found and the
        one selected are kept (their lines and the hint are said again)."""
        self.setAccessibleName(self.tr("Find my current doctor"))
        self.setWindowTitle(self.tr("Find my current doctor"))
        self.search.setAccessibleName(self.tr("Doctor's name"))
        self.search.setPlaceholderText(self.tr("Type the doctor's name, e.g. Nguyen or José"))
        if self._county is None:
            box = self.tr("Only doctors near me (choose a ZIP or county first)")
        else:
            box = arg(self.tr("Only doctors with an office in %1 County"), self._county)
        set_texts(self.area_only, box, self.tr("Only doctors with an office in my county"))
        self.results.setAccessibleName(self.tr("Doctors found"))
        self.hint.setAccessibleName(self.tr("Search hint"))
        self.open_button.setAccessibleName(self.tr("Open the doctor's profile"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.model.retranslate()
        self._show_hint()

    # ---------------------------------------------------------------- what a hit says

    def hit_text(self, h: NameHit) -> str:
        """Name and specialty; office and city; medical group; whether the plan includes
        them (when a plan is chosen). One line each."""
        spec = specialty_labels()
        first = h.name + (f" · {spec[h.detail]}" if h.detail in spec else "")
        lines = [first + (f"  [{sample_badge()}]" if h.is_sample else "")]
        if h.office:
            where = listed([office_name(h.office, h.city), office_address(h.address) or "", h.city])
            if h.more_offices:
                where += " · " + self._more_offices(h.more_offices)
            group = h.group
            if h.more_groups:
                group += " · " + self._more_groups(h.more_groups)
            lines += [where, group]
        else:
            lines.append(self.tr("No office listed"))
        plan = self._session.plan
        if h.kind == "doctor" and h.office and not h.in_any_plan:
            lines.append(self.tr("No HMO network in this directory lists this doctor's group"))
        elif plan is not None and h.in_plan is not None:
            template = self.tr("In %1") if h.in_plan else self.tr("Not in %1")
            lines.append(arg(template, plan.name))
        return "\n".join(lines)

    # English has no translation file: its words for one are their own strings.
    def _more_offices(self, n: int) -> str:
        if n == 1:
            return self.tr("and 1 more office")
        return self.tr("and %Ln more offices", "", n)

    def _more_groups(self, n: int) -> str:
        if n == 1:
            return self.tr("and 1 more medical group")
        return self.tr("and %Ln more medical groups", "", n)

    # ---------------------------------------------------------------- searching

    def _search(self, text: str) -> None:
        area, plan = self._session.area, self._session.plan
        within = area is not None and self.area_only.isChecked()
        hits: list[NameHit] = []
        if text.strip():
            hits = search_names(
                self._db,
                text,
                ("doctor",),
                limit=MAX_HITS,
                county_id=area.county_id if area is not None else None,
                only_in_county=within,
                plan_id=plan.id if plan is not None else None,
            )
        self.model.set_rows(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.open_button.setEnabled(bool(hits))
        self._show_hint()
        self.results_shown.emit(len(hits))

    def _show_hint(self) -> None:
        """The hint for what was typed and the doctors listed, in the app's language."""
        area = self._session.area
        within = area is not None and self.area_only.isChecked()
        county = area.county if within and area is not None else None
        self.hint.setText(self._hint(self.search.text(), self.model.rowCount(), county))

    def _hint(self, text: str, found: int, county: str | None) -> str:
        if not text.strip():
            return self.tr("Start typing a first or last name.")
        if not found:
            if county is None:
                template = self.tr(
                    'No doctor\'s name starts with "%1". Check the spelling or type less.'
                )
            else:
                # %1 is left for what was typed: filled last, once (``with_typed``).
                template = arg(
                    self.tr(
                        "No doctor with an office in %2 County has a name that starts with "
                        '"%1". Check the spelling, type less, or clear the box above to search '
                        "all of California."
                    ),
                    "%1",
                    county,
                )
            return with_typed(template, as_typed(text))  # the typed text last, once
        if found == 1:
            hint = self.tr("1 doctor found. Press Enter to open the profile.")
        else:
            hint = self.tr("%Ln doctors found. Press Enter to open the first.", "", found)
        if found >= MAX_HITS:
            hint += " " + arg(
                self.tr("Only the first %1 are listed: type more of the name."),
                QLocale().toString(MAX_HITS),
            )
        if self._session.plan is None:
            hint += " " + self.tr("Choose a plan to see whether each doctor is in it.")
        return hint

    def current_hit(self) -> NameHit | None:
        return self.model.row_at(self.results.currentIndex().row())

    def choose_row(self, row: int) -> None:
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _open(self, hit: NameHit | None) -> None:
        if hit is not None:
            self.doctor_found.emit(hit.id)
            self.accept()
