"""Dialogs: the PCP choice confirmation, the glossary, and "find my current doctor"."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import (
    Directory,
    DirectorySummary,
    DoctorProfile,
    NameHit,
    PlanRow,
    RoleInfo,
    search_names,
)
from hmo_desktop.ui.common import (
    accepting_labels,
    named,
    sample_badge,
    sample_banner_html,
    specialty_labels,
)
from hmo_desktop.ui.table_model import Column, RowTableModel


class ConfirmDialog(QDialog):
    """What the member will tell the plan, and what happens next."""

    def __init__(
        self, plan: PlanRow, profile: DoctorProfile, role: RoleInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setAccessibleName(self.tr("Confirm your PCP choice"))
        self.setWindowTitle(self.tr("Your PCP choice"))
        e = html.escape
        office = next((o for o in profile.offices if o.id == role.location_id), profile.offices[0])
        codes = ", ".join(role.group_codes) or self.tr("not listed; the plan will know it")
        warn = self.tr("practise the steps here; do not give a sample PCP ID to a plan.")
        sample = sample_banner_html(warn) if profile.is_sample else ""
        rows = [
            (self.tr("Plan"), plan.name),
            (self.tr("Network"), role.network_name),
            (self.tr("Medical group"), role.group_name),
            (self.tr("Group code"), codes),
            (self.tr("Doctor"), f"{profile.name}, {profile.credential}"),
            (self.tr("Specialty"), specialty_labels()[role.specialty]),
            (self.tr("PCP ID"), role.pcp_id),
            (self.tr("New patients"), accepting_labels()[role.accepting]),
            (self.tr("Office"), f"{office.address}, {office.city} {office.zip}"),
            (self.tr("Office phone"), office.phone),
            (
                self.tr("Plan member services"),
                plan.member_phone or self.tr("the number on your member ID card"),
            ),
        ]
        table = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows)
        steps = "".join(
            f"<li>{e(s)}</li>"
            for s in (
                self.tr(
                    "Call the doctor's office first: confirm they take your plan and are "
                    "accepting new patients."
                ),
                self.tr(
                    "Tell your plan: call member services or use its website, and give the "
                    "PCP ID above."
                ),
                self.tr("A PCP change usually takes effect on the first day of the next month."),
                self.tr("Your new ID card will show the doctor and the medical group."),
            )
        )
        dated_text = self.tr(
            "Directory data as of %1; networks change, so confirm with the plan."
        ).replace("%1", role.group_fact.as_of)
        dated = f"<p><i>{e(dated_text)}</i></p>"
        self.text = named(QTextBrowser(), "confirmText", self.tr("Summary of your choice"))
        self.text.setHtml(
            f"{sample}<table cellpadding='3'>{table}</table>"
            f"<h3>{e(self.tr('What happens next'))}</h3><ol>{steps}</ol>{dated}"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "confirmCloseButton", self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.resize(640, 560)


GLOSSARY = (
    (
        "hmo",
        "HMO",
        "A Health Maintenance Organization is a kind of health plan. You choose one primary "
        "care doctor (PCP) who coordinates your care. Except in emergencies, you use the "
        "doctors, hospitals and specialists of your PCP's medical group, and you need a "
        "referral to see a specialist.",
    ),
    (
        "group",
        "Medical group / IPA",
        "A group of doctors that contracts with HMO plans. An IPA (Independent Physician "
        "Association) is a network of doctors in their own offices. Your PCP's group decides "
        "referrals, which specialists you see and which hospital you use.",
    ),
    (
        "pcp",
        "Primary care physician (PCP)",
        "Your main doctor: check-ups, everyday illness, prescriptions and referrals.",
    ),
    (
        "specialist",
        "Specialist",
        "A doctor for one area of medicine, such as heart or skin. In an HMO you usually need "
        "a referral from your PCP first.",
    ),
    (
        "referral",
        "Referral",
        "Your PCP's request, approved by the medical group, for you to see a specialist or "
        "get a service.",
    ),
    (
        "specialties",
        "The four primary care specialties",
        "Family medicine (all ages), internal medicine (adults), pediatrics (children and "
        "teens), and OB/GYN (women's health; some plans let an OB/GYN be your PCP, and you can "
        "see an OB/GYN without a referral).",
    ),
    (
        "accepting",
        "Accepting new patients",
        'The doctor takes new patients in this plan. "Existing patients only" means only '
        'people already seen there; "and their family" adds their relatives. Always call the '
        "office to confirm: lists change often.",
    ),
    (
        "sample",
        "Sample doctors",
        "No public file lists California doctors with their groups, so the doctors in this "
        'directory are fictional samples, marked "Sample doctor (fictional)". Plans, '
        "medical groups, hospitals and ZIP codes come from public data, with their dates.",
    ),
)


class HelpDialog(QDialog):
    """A short glossary in plain words, reachable from every step."""

    def __init__(self, anchor: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setAccessibleName(self.tr("Help and glossary"))
        self.setWindowTitle(self.tr("Help: words you will see"))
        self.text = named(QTextBrowser(), "helpText", self.tr("Glossary"))
        parts = [
            f'<h3><a name="{key}"></a>{html.escape(self.tr(term))}</h3>'
            f"<p>{html.escape(self.tr(body))}</p>"
            for key, term, body in GLOSSARY
        ]
        self.text.setHtml("".join(parts))
        if anchor:
            self.text.scrollToAnchor(anchor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(
            buttons.button(QDialogButtonBox.StandardButton.Close),
            "helpCloseButton",
            self.tr("Close help"),
        )
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.resize(560, 520)


class FindDoctorDialog(QDialog):
    """Search any doctor by name; emits ``doctor_found`` with the practitioner id."""

    doctor_found = Signal(int)
    results_shown = Signal(int)

    def __init__(self, db: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setObjectName("findDoctorDialog")
        self.setAccessibleName(self.tr("Find my current doctor"))
        self.setWindowTitle(self.tr("Find my current doctor"))
        self.search = named(QLineEdit(), "findDoctorEdit", self.tr("Doctor's name"))
        self.search.setPlaceholderText(self.tr("Type the doctor's name, e.g. Nguyen or José"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        spec = specialty_labels()

        def label(h: NameHit) -> str:
            text = h.name + (f" · {spec[h.detail]}" if h.detail in spec else "")
            return text + (f"  [{sample_badge()}]" if h.is_sample else "")

        # A model and a view, not QListWidget: refilling QListWidget on every keystroke
        # crashed PySide6 6.12 (a None reference-count underflow in addItem).
        self.model: RowTableModel[NameHit] = RowTableModel([Column("", label)], self)
        self.results = named(QListView(), "findDoctorResults", self.tr("Doctors found"))
        self.results.setModel(self.model)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(lambda ix: self._open(self.model.row_at(ix.row())))
        self.hint = named(
            QLabel(self.tr("Start typing a first or last name.")),
            "findDoctorHint",
            self.tr("Search hint"),
        )
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Open),
            "findDoctorOpenButton",
            self.tr("Open the doctor's profile"),
        )
        self.open_button.setEnabled(False)
        named(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "findDoctorCancelButton",
            self.tr("Cancel"),
        )
        buttons.accepted.connect(lambda: self._open(self.current_hit()))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.hint)
        lay.addWidget(self.results, 1)
        lay.addWidget(buttons)
        self.resize(520, 460)

    def _search(self, text: str) -> None:
        hits = search_names(self._db, text, ("doctor",), limit=50) if text.strip() else []
        self.model.set_rows(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.open_button.setEnabled(bool(hits))
        if not text.strip():
            hint = self.tr("Start typing a first or last name.")
        elif not hits:
            hint = self.tr(
                'No doctor\'s name starts with "%1". Check the spelling or type less.'
            ).replace("%1", text[:40])
        else:
            hint = self.tr("%1 doctors. Press Enter to open the first.").replace(
                "%1", str(len(hits))
            )
        self.hint.setText(hint)
        self.results_shown.emit(len(hits))

    def current_hit(self) -> NameHit | None:
        return self.model.row_at(self.results.currentIndex().row())

    def choose_row(self, row: int) -> None:
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _open(self, hit: NameHit | None) -> None:
        if hit is not None:
            self.doctor_found.emit(hit.id)
            self.accept()


def about_box(summary: DirectorySummary, version: str, parent: QWidget) -> QMessageBox:
    """Version, the directory's checksum, and every data source with its date and licence."""
    tr = parent.tr
    sources = "".join(
        f"<li>{s.title} ({s.publisher}), {tr('as of')} {s.as_of}. {s.attribution} {s.licence}.</li>"
        for s in summary.sources
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("About HMO Desktop"),
        f"<h3>HMO Desktop {version}</h3>"
        f"<p>{tr('Works offline; sends nothing anywhere.')}</p>"
        f"<p>{tr('Directory')}: {summary.sha256[:12]}</p>"
        f"<ul>{sources}</ul>",
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("aboutDialog")
    box.setAccessibleName(tr("About HMO Desktop"))
    return box
