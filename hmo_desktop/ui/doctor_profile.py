"""Step 4: everything the directory knows about one doctor, with sources."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from hmo_desktop.directory import Directory, DoctorProfile, Fact, PlanRow, RoleInfo, doctor_profile
from hmo_desktop.household import Session
from hmo_desktop.ui.common import (
    accepting_labels,
    accessibility_labels,
    button_row,
    heading,
    named,
    sample_banner_html,
    specialty_labels,
)


class DoctorProfileView(QWidget):
    """Shows a profile; ``choice_requested`` carries (profile, role) for the chosen plan."""

    choice_requested = Signal(object, object)  # DoctorProfile, RoleInfo
    results_shown = Signal(int)  # number of plan/group roles shown

    def __init__(self, db: Directory, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._session = session
        self._profile: DoctorProfile | None = None
        self._role: RoleInfo | None = None
        self.title = heading(self.tr("Doctor's profile"))
        self.body = named(QTextBrowser(), "doctorProfileText", self.tr("Doctor's profile"))
        self.body.setOpenLinks(False)
        self.choose = named(
            QPushButton(self.tr("Choose as my PCP")), "choosePcpButton", self.tr("Choose as my PCP")
        )
        self.choose.setDefault(True)
        self.choose.clicked.connect(self._choose)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.body, 1)
        lay.addLayout(button_row(right=(self.choose,)))

    def show_doctor(self, practitioner_id: int, location_id: int | None = None) -> None:
        """Show a doctor, offering the choice of their role in the session's plan (at
        ``location_id`` first, when given)."""
        plan = self._session.plan
        prof = doctor_profile(self._db, practitioner_id)
        self._profile = prof
        in_plan = [r for r in prof.roles if plan is not None and r.plan_id == plan.id]
        if location_id is not None:
            in_plan.sort(key=lambda r: r.location_id != location_id)
        self._role = in_plan[0] if in_plan else None
        self.choose.setEnabled(self._role is not None)
        self.choose.setToolTip(
            "" if self._role else self.tr("Choose a plan that includes this doctor first.")
        )
        self.title.setText(f"{prof.name}, {prof.credential}")
        self.body.setHtml(self._html(prof, plan))
        self.results_shown.emit(len(prof.roles))

    def reset(self) -> None:
        self._profile = None
        self._role = None
        self.title.setText(self.tr("Doctor's profile"))
        self.body.clear()
        self.choose.setEnabled(False)

    def profile(self) -> DoctorProfile | None:
        return self._profile

    def _fact(self, f: Fact) -> str:
        kinds = {
            "real": self.tr("public data"),
            "dated": self.tr("dated public data"),
            "inferred": self.tr("inferred"),
            "generated": self.tr("fictional sample"),
        }
        return (
            f'<span style="color:#555">[{html.escape(f.source)}; '
            f"{self.tr('as of')} {html.escape(f.as_of)}; {kinds.get(f.kind, f.kind)}]</span>"
        )

    def _html(self, p: DoctorProfile, plan: PlanRow | None) -> str:
        e = html.escape
        spec, acc, access = specialty_labels(), accepting_labels(), accessibility_labels()
        parts = []
        if p.is_sample:
            parts.append(
                sample_banner_html(
                    self.tr("this doctor is generated sample data, not a real person.")
                )
            )
        native = f" ({e(p.native_name)})" if p.native_name else ""
        gender = {"F": self.tr("Woman"), "M": self.tr("Man")}.get(p.gender, "")
        board = (
            self.tr("Board certified: %1").replace("%1", p.board_name or "")
            if p.board_certified
            else self.tr("Not board certified")
        )
        parts.append(
            f"<p><b>{e(p.name)}{native}</b>, {e(p.credential)} · {e(gender)}<br>"
            f"{e(board)}<br>{self.tr('Languages the doctor speaks')}: "
            f"{e(', '.join(p.languages))}<br>{self.tr('Identifier')}: "
            f"{e(p.identifier)} {self._fact(p.fact)}</p>"
        )
        specs = sorted({(r.specialty, r.age_min, r.age_max) for r in p.roles})
        ages = "; ".join(
            f"{spec[s]}: "
            + (
                self.tr("ages %1 to %2").replace("%1", str(lo)).replace("%2", str(hi))
                if hi < 120
                else self.tr("ages %1 and up").replace("%1", str(lo))
            )
            for s, lo, hi in specs
        )
        parts.append(f"<p><b>{self.tr('Ages seen')}</b>: {e(ages)}</p>")
        if p.hospitals:
            hosp = ", ".join(e(h.name) for h in p.hospitals)
            parts.append(
                f"<p><b>{self.tr('Hospitals')}</b>: {hosp} "
                f"{self._fact(p.hospital_fact) if p.hospital_fact else ''}</p>"
            )
        else:
            parts.append(
                f"<p><b>{self.tr('Hospitals')}</b>: "
                f"{self.tr('none listed; the group arranges hospital care.')}</p>"
            )
        for o in p.offices:
            hours = json.loads(o.hours)
            hour_text = ", ".join(f"{d} {h}" for d, h in hours.items())
            acc_yes = [access[k] for k, v in o.accessibility.items() if v]
            acc_no = [access[k] for k, v in o.accessibility.items() if not v]
            parts.append(
                f"<h3>{e(o.name)}</h3><p>{e(o.address)}, {e(o.city)} {e(o.zip)} · "
                f"{e(o.phone)}<br>{self.tr('Hours')}: {e(hour_text)}<br>"
                f"{self.tr('Office staff speak')}: {e(', '.join(o.staff_languages))}<br>"
                f"{self.tr('Accessible')}: {e(', '.join(acc_yes) or self.tr('not reported'))}"
                + (f"<br>{self.tr('Not accessible')}: {e(', '.join(acc_no))}" if acc_no else "")
                + f"<br>{self._fact(p.fact)}</p>"
            )
        mine = [r for r in p.roles if plan is not None and r.plan_id == plan.id]
        others = [r for r in p.roles if plan is None or r.plan_id != plan.id]

        def role_line(r: RoleInfo) -> str:
            code = (
                f" ({self.tr('group code')} {e(', '.join(r.group_codes))})" if r.group_codes else ""
            )
            return (
                f"<li><b>{e(r.plan_name)}</b> · {e(r.group_name)}{code} · "
                f"{e(r.specialty_label)} · {e(acc[r.accepting])} · "
                f"{self.tr('PCP ID')} {e(r.pcp_id)}"
                + (f" · {self.tr('video visits')}" if r.telehealth else "")
                + f" {self._fact(r.group_fact)}</li>"
            )

        if plan is not None:
            parts.append(f"<h3>{self.tr('In your plan')}: {e(plan.name)}</h3>")
            parts.append(
                "<ul>" + "".join(role_line(r) for r in mine) + "</ul>"
                if mine
                else f"<p>{self.tr('This doctor is not in this plan.')}</p>"
            )
        if others:
            keep = self.tr(
                "If you change plans and want to keep this doctor, these plans include them"
            )
            parts.append(f"<h3>{keep}</h3>")
            parts.append("<ul>" + "".join(role_line(r) for r in others) + "</ul>")
        return "".join(parts)

    def _choose(self) -> None:
        if self._profile is not None and self._role is not None:
            self.choice_requested.emit(self._profile, self._role)
