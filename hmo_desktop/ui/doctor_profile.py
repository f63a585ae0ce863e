"""Step 4: everything the directory knows about one doctor, with sources."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from hmo_desktop.directory import (
    Directory,
    DoctorProfile,
    Fact,
    OfficeInfo,
    PlanRow,
    RoleInfo,
    doctor_profile,
    languages,
)
from hmo_desktop.household import Session
from hmo_desktop.ui.colors import colors
from hmo_desktop.ui.common import (
    button_row,
    heading,
    in_parts,
    labelled,
    labelled_html,
    named,
    sample_banner_html,
    specialty_labels,
)
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.i18n import spoken_list
from hmo_desktop.ui.retranslate import is_language_change, set_texts
from hmo_desktop.ui.wording import (
    access_text,
    address_html,
    detail_html,
    doctor_name,
    hospital_mark,
    hours_text,
    mark_html,
    new_patient_status,
    obgyn_access_text,
    office_address,
    office_name,
    phone_html,
    takes_new_patients,
    unknown_text,
)


class DoctorProfileView(QWidget):
    """Shows a profile; ``choice_requested`` carries (profile, role) for the chosen plan."""

    choice_requested = Signal(object, object)  # DoctorProfile, RoleInfo
    household_requested = Signal()  # "Add to household…": the household dialog, to record it
    results_shown = Signal(int)  # number of plan/group roles shown

    def __init__(self, db: Directory, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._session = session
        self._profile: DoctorProfile | None = None
        self._role: RoleInfo | None = None
        self._plan: PlanRow | None = None  # the plan the profile was shown for
        # code: the directory's English name (read with the first doctor shown: building
        # the view reads nothing)
        self._language_names: dict[str, str] = {}
        self.title = heading("")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name, never markup
        self.body = named(QTextBrowser(), "doctorProfileText", "")
        self.body.setOpenLinks(False)
        self.choose = named(QPushButton(), "choosePcpButton", "")
        self.choose.setDefault(True)
        self.choose.clicked.connect(self._choose)
        self.to_household = named(QPushButton(), "addToHouseholdButton", "")
        self.to_household.clicked.connect(self.household_requested)
        # Why "Choose" is off, or what it will ask first: on the screen, not on hover only.
        self.choose_note = QLabel()
        self.choose_note.setObjectName("chooseNote")
        self.choose_note.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_note.setWordWrap(True)
        self.choose_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.choose_note.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.choose_note)
        lay.addLayout(button_row(right=(self.to_household, self.choose)))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The buttons' words, then the profile shown said again (its data is kept; the
        text keeps its scroll position)."""
        self.body.setAccessibleName(self.tr("Doctor's profile"))
        set_texts(self.choose, self.tr("Choose as my PCP"), self.tr("Choose as my PCP"))
        set_texts(
            self.to_household,
            self.tr("Add to household…"),
            self.tr("Add this doctor to a member of the household"),
        )
        self._show_profile()

    def show_doctor(self, practitioner_id: int, location_id: int | None = None) -> None:
        """Show a doctor, offering the choice of their role in the session's plan (at
        ``location_id`` first, when given)."""
        plan = self._session.plan
        prof = doctor_profile(self._db, practitioner_id)
        self._language_names = self._language_names or dict(languages(self._db))
        self._profile = prof
        in_plan = [r for r in prof.roles if plan is not None and r.plan_id == plan.id]
        if location_id is not None:
            in_plan.sort(key=lambda r: r.location_id != location_id)
        self._role = in_plan[0] if in_plan else None
        self._plan = plan
        self.choose.setEnabled(self._role is not None)
        self.to_household.setEnabled(self._role is not None)
        self._show_profile(keep_scroll=False)
        self.results_shown.emit(len(prof.roles))

    def reset(self) -> None:
        self._profile = None
        self._role = None
        self._show_profile(keep_scroll=False)
        self.choose.setEnabled(False)
        self.to_household.setEnabled(False)

    def _show_profile(self, keep_scroll: bool = True) -> None:
        """The title, the choice's tooltip and the profile's text, in the app's language,
        for the doctor shown (with the plan it was shown for)."""
        prof = self._profile
        if prof is None:
            self.title.setText(self.tr("Doctor's profile"))
            self._choose_note("")
            self.body.clear()
            return
        if self._role is None:
            tip = self.tr("Choose a plan that includes this doctor first.")
        elif not takes_new_patients(self._role.accepting):
            tip = self.tr("This doctor is not taking new patients: you will be asked first.")
        else:
            tip = ""
        self._choose_note(tip)
        self.title.setText(doctor_name(prof.name, prof.credential))
        bar = self.body.verticalScrollBar()
        at = bar.value()
        self.body.setHtml(self._html(prof, self._plan))
        if keep_scroll:
            bar.setValue(at)

    def _choose_note(self, note: str) -> None:
        """The same words as the button's tooltip and description, and under it."""
        self.choose.setToolTip(note)
        self.choose.setAccessibleDescription(note)
        self.choose_note.setText(note)
        self.choose_note.setVisible(bool(note))

    def profile(self) -> DoctorProfile | None:
        return self._profile

    def _fact(self, f: Fact) -> str:
        kinds = {
            "real": self.tr("public data"),
            "dated": self.tr("public data, may be out of date"),
            "inferred": self.tr("inferred by this app"),
            "generated": self.tr("fictional sample made by this app"),
        }
        kind = kinds.get(f.kind, f.kind)
        # 'build' is the as-of date of what the builder made itself: no date to give.
        parts = [f.source, kind] if f.as_of == "build" else [f.source, f.as_of, kind]
        return f'<span style="color:{colors()["fact"]}">[{html.escape(in_parts(parts))}]</span>'

    def _doctor_html(self, p: DoctorProfile) -> str:
        e = html.escape
        native = f" ({e(p.native_name)})" if p.native_name else ""
        gender = {"F": self.tr("Woman"), "M": self.tr("Man")}.get(p.gender or "", "")
        if p.board_certified is None:
            board = arg(self.tr("Board certification: %1"), unknown_text())
        elif p.board_certified:
            board = self.tr("Board certified")
            if p.board_name:
                board = arg(self.tr("Board certified: %1"), p.board_name)
        else:
            board = self.tr("Not board certified")
        ident = self.tr("Sample ID") if p.is_sample else self.tr("NPI")
        sample = mark_html(self.tr("sample doctor, fictional"), p.is_sample)
        id_mark = mark_html(self.tr("fictional; not an NPI"), p.is_sample)
        languages = spoken_list(p.languages, self._language_names) or (
            self.tr("not in this directory") if p.languages_known else unknown_text()
        )
        speaks = self.tr("Languages the doctor speaks")
        name = f"<b>{e(p.name)}{native}</b>" + (f", {e(p.credential)}" if p.credential else "")
        gender_html = f" · {e(gender)}" if gender else ""
        return (
            f"<p>{name}{gender_html}{sample}<br>"
            f"{e(board)}<br>{labelled_html(e(speaks), e(languages))}<br>"
            f"{labelled_html(e(ident), e(p.identifier) + id_mark)} {self._fact(p.fact)}</p>"
        )

    def _ages_html(self, p: DoctorProfile) -> str:
        spec = specialty_labels()
        specs = sorted({(r.specialty, r.age_min, r.age_max) for r in p.roles}, key=str)

        def ages_seen(lo: int | None, hi: int | None) -> str:
            if lo is None or hi is None:
                return unknown_text()
            number = QLocale().toString
            if hi < 120:
                return arg(self.tr("ages %1 to %2"), number(lo), number(hi))
            return arg(self.tr("ages %1 and up"), number(lo))

        ages = in_parts([labelled(spec[s], ages_seen(lo, hi)) for s, lo, hi in specs])
        sample = mark_html(self.tr("sample"), p.is_sample)
        seen = "<b>" + html.escape(self.tr("Ages seen")) + "</b>"
        return f"<p>{labelled_html(seen, html.escape(ages) + sample)}</p>"

    def _hospitals_html(self, p: DoctorProfile) -> str:
        title = "<b>" + html.escape(self.tr("Hospitals")) + "</b>"
        if not p.hospitals:
            none = self.tr("none in this directory; ask the medical group which it uses.")
            return f"<p>{title}: {html.escape(none)}</p>"
        items = "".join(
            f"<li>{html.escape(h.name)}{mark_html(hospital_mark(h.relation))}</li>"
            for h in p.hospitals
        )
        fact = self._fact(p.hospital_fact) if p.hospital_fact else ""
        return f"<p>{title} {fact}</p><ul>{items}</ul>"

    def _office_html(self, o: OfficeInfo) -> str:
        e = html.escape
        unknown = self.tr("not in this directory; call the plan")
        sample = mark_html(self.tr("sample"), o.is_sample)
        heading = e(office_name(o.name, o.city))
        heading += mark_html(self.tr("sample office, fictional"), o.is_sample)
        address = address_html(o, self.tr("Address not in this directory; call the plan"))
        hours = hours_text(o.hours)
        hours_html = (
            e(hours) + sample
            if hours
            else "<i>" + e(self.tr("not in this directory; call the office")) + "</i>"
        )
        staff = spoken_list(o.staff_languages, self._language_names) or (
            self.tr("not in this directory") if o.staff_languages_known else unknown_text()
        )
        phone, hours_word, speak = self.tr("Phone"), self.tr("Hours"), self.tr("Office staff speak")
        return (
            f"<h3>{heading}</h3><p>{address}<br>"
            f"{labelled_html(e(phone), phone_html(o.phone, o.is_sample, unknown))}<br>"
            f"{labelled_html(e(hours_word), hours_html)}<br>"
            f"{labelled_html(e(speak), e(staff) + sample)}<br>"
            f"{e(access_text(o.accessibility))}{sample}<br>{self._fact(o.fact)}</p>"
        )

    def _role_html(self, r: RoleInfo, offices: dict[int, str]) -> str:  # offices: HTML
        """One plan role: plan, group, the office it is at (two listings of one doctor in
        one group differ by office), specialty, status and PCP ID."""
        e = html.escape
        status = new_patient_status()
        group = e(r.group_name) + mark_html(self.tr("sample group, fictional"), r.group_is_sample)
        code_word = self.tr("group code")
        code = f" ({e(code_word)} {e(', '.join(r.group_codes))})" if r.group_codes else ""
        office = f" · {offices[r.location_id]}" if r.location_id in offices else ""
        pcp_mark = mark_html(self.tr("sample ID, fictional"), r.is_sample)
        label = specialty_labels().get(r.specialty, r.specialty_label)
        pcp_id = (
            e(self.tr("PCP ID")) + f" {e(r.pcp_id)}{pcp_mark}"
            if r.pcp_id
            else e(self.tr("PCP ID: not in this directory: the plan gives it when you enroll"))
        )
        plan = (
            f"<b>{e(r.plan_name)}</b> · "
            if r.plan_name
            else "<b>" + e(self.tr("No HMO network in this directory lists this group")) + "</b> · "
        )
        if r.group_link_score is not None:
            group += mark_html(
                self.tr(
                    "the plan lists this group; the doctor's practice was matched to it by name"
                )
            )
        return (
            f"<li>{plan}{group}{code}{office} · "
            f"{e(label)} · {e(status[r.accepting])}"
            + (f" · {pcp_id}" if r.plan_name else "")
            + (" · " + e(self.tr("video visits")) if r.telehealth else "")
            + f" {self._fact(r.group_fact)}</li>"
        )

    def _group_html(self, r: RoleInfo) -> str:
        """How to reach the role's medical group and what its rules are."""
        e = html.escape
        gen = r.group_details_generated
        ask = self.tr("not in this directory; ask the group or the plan")
        call = self.tr("not in this directory; call the plan")
        phone, after, rules = (
            self.tr("Group phone"),
            self.tr("After-hours line"),
            self.tr("Referral rules"),
        )
        return (
            f"<p><b>{e(r.group_name)}</b><br>"
            f"{e(phone)}: {phone_html(r.group_phone, gen, call)}<br>"
            f"{e(after)}: "
            f"{phone_html(r.group_after_hours_phone, gen, call)}<br>"
            f"{e(rules)}: {detail_html(r.group_referral_rules, gen, ask)}"
            "</p>"
        )

    def _html(self, p: DoctorProfile, plan: PlanRow | None) -> str:
        e = html.escape
        parts = []
        if p.is_sample:
            parts.append(
                sample_banner_html(
                    self.tr("this doctor is generated sample data, not a real person.")
                )
            )
        parts += [self._doctor_html(p), self._ages_html(p), self._hospitals_html(p)]
        parts += [self._office_html(o) for o in p.offices]
        # Each office as a role line names it: escaped, with its sample mark.
        offices = {
            o.id: e(office_address(o.address) or office_name(o.name, o.city))
            + mark_html(self.tr("sample office, not a real address"), o.is_sample)
            for o in p.offices
        }
        mine = [r for r in p.roles if plan is not None and r.plan_id == plan.id]
        unlisted = [r for r in p.roles if r.plan_id is None]
        others = [
            r for r in p.roles if r.plan_id is not None and (plan is None or r.plan_id != plan.id)
        ]
        if plan is not None:
            in_plan = self.tr("In your plan")
            parts.append(f"<h3>{e(in_plan)}: {e(plan.name)}</h3>")
            if mine:
                parts.append("<ul>" + "".join(self._role_html(r, offices) for r in mine) + "</ul>")
                groups = {r.group_id: r for r in mine}  # one block per group, in role order
                parts += [self._group_html(r) for r in groups.values()]
                parts.append(f"<p>{e(obgyn_access_text())}</p>")
            else:
                parts.append("<p>" + e(self.tr("This doctor is not in this plan.")) + "</p>")
        if others:
            keep = self.tr(
                "If you change plans and want to keep this doctor, these plans include them"
            )
            parts.append(f"<h3>{e(keep)}</h3>")
            parts.append("<ul>" + "".join(self._role_html(r, offices) for r in others) + "</ul>")
        if unlisted:
            none = self.tr(
                "No HMO network in this directory lists this doctor's group. Ask the doctor's "
                "office which HMO plans they take, then check with the plan."
            )
            title = self.tr("Not in an HMO network here")
            parts.append(f"<h3>{e(title)}</h3><p>{e(none)}</p>")
            parts.append("<ul>" + "".join(self._role_html(r, offices) for r in unlisted) + "</ul>")
        return "".join(parts)

    def _choose(self) -> None:
        if self._profile is not None and self._role is not None:
            self.choice_requested.emit(self._profile, self._role)
