"""Dialogs: the PCP choice (asked first when the doctor is not taking new patients, then
confirmed) and "about" (the glossary is in ``help_dialog``, "find my current doctor" in
``find_doctor``)."""

from __future__ import annotations

import html
from datetime import date
from typing import cast

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import Directory, DoctorProfile, PlanRow, RoleInfo
from hmo_desktop.ui.colors import note_style
from hmo_desktop.ui.common import listed, named, sample_banner_html, specialty_labels, tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.retranslate import is_language_change, on_language_change, set_texts
from hmo_desktop.ui.wording import (
    address_html,
    doctor_name,
    mark_html,
    new_patient_status,
    not_taking_explanation,
    phone_html,
    takes_new_patients,
)


class AcknowledgeDialog(QDialog):
    """Asked before a doctor who is not taking new patients is chosen: what that means,
    "Choose anyway" (accept) or "Pick another doctor" (reject, the default)."""

    def __init__(self, profile: DoctorProfile, role: RoleInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("acknowledgeDialog")
        self._profile, self._role = profile, role
        self.who = who = QLabel()
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setWordWrap(True)
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        self.message = named(QLabel(), "acknowledgeText", "")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.choose_button = named(QPushButton(), "acknowledgeChooseButton", "")
        self.cancel_button = named(QPushButton(), "acknowledgeCancelButton", "")
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter does not choose by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(who)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.cancel_button.setFocus()
        self.retranslate()
        # Tall enough for the wrapped text at this width (large text makes it taller).
        self.resize(520, max(220, self.heightForWidth(520)))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        profile, role = self._profile, self._role
        self.setAccessibleName(self.tr("This doctor is not taking new patients"))
        self.setWindowTitle(self.tr("Not taking new patients"))
        self.who.setText(
            arg(
                self.tr("%1: %2"),
                doctor_name(profile.name, profile.credential),
                new_patient_status()[role.accepting],
            )
        )
        self.message.setText(not_taking_explanation(role.accepting))
        self.message.setAccessibleName(self.tr("What choosing this doctor means"))
        set_texts(
            self.choose_button, self.tr("Choose anyway"), self.tr("Choose this doctor anyway")
        )
        set_texts(
            self.cancel_button, self.tr("Pick another doctor"), self.tr("Pick another doctor")
        )

    @staticmethod
    def needed(role: RoleInfo) -> bool:
        """Whether choosing ``role`` asks first: the doctor is not taking new patients."""
        return not takes_new_patients(role.accepting)


class ConfirmDialog(QDialog):
    """What the member will tell the plan, and what happens next. Sample and unknown
    values say so; a doctor not taking new patients comes with what to do about it."""

    def __init__(
        self, plan: PlanRow, profile: DoctorProfile, role: RoleInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self._plan, self._profile, self._role = plan, profile, role
        self.text = named(QTextBrowser(), "confirmText", "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Close), "confirmCloseButton", ""
        )
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Its words, and the summary said again (keeping where it is scrolled to)."""
        self.setAccessibleName(self.tr("Confirm your PCP choice"))
        self.setWindowTitle(self.tr("Your PCP choice"))
        self.text.setAccessibleName(self.tr("Summary of your choice"))
        self.close_button.setAccessibleName(self.tr("Close"))
        bar = self.text.verticalScrollBar()
        at = bar.value()
        self.text.setHtml(self._html())
        bar.setValue(at)

    def _html(self) -> str:
        plan, profile, role = self._plan, self._profile, self._role
        e = html.escape
        office = next((o for o in profile.offices if o.id == role.location_id), profile.offices[0])
        call_plan = self.tr("not in this directory; call the plan")
        warn = self.tr("practise the steps here; do not give a sample PCP ID to a plan.")
        sample = sample_banner_html(warn) if profile.is_sample else ""
        rows = [
            (self.tr("Plan"), e(plan.name)),
            (self.tr("Network"), e(role.network_name or "")),
            (
                self.tr("Medical group"),
                e(role.group_name)
                + mark_html(self.tr("sample group, fictional"), role.group_is_sample),
            ),
        ]
        if role.group_codes:  # only a code the plan published
            rows.append((self.tr("Group code"), e(", ".join(role.group_codes))))
        rows += [
            (
                self.tr("Doctor"),
                e(doctor_name(profile.name, profile.credential))
                + mark_html(self.tr("sample doctor, fictional"), profile.is_sample),
            ),
            (self.tr("Specialty"), e(specialty_labels()[role.specialty])),
            (
                self.tr("PCP ID"),
                e(role.pcp_id or self.tr("not in this directory: the plan gives it"))
                + mark_html(self.tr("sample ID, fictional"), role.is_sample),
            ),
            (self.tr("New patients"), e(new_patient_status()[role.accepting])),
            (self.tr("Office"), address_html(office, call_plan)),
            (self.tr("Office phone"), phone_html(office.phone, office.is_sample, call_plan)),
            (
                self.tr("Medical group phone"),
                phone_html(role.group_phone, role.group_details_generated, call_plan),
            ),
            (
                self.tr("Plan member services"),
                phone_html(plan.member_phone, False, self.tr("the number on your member ID card")),
            ),
        ]
        table = "".join(f"<tr><td><b>{e(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
        not_taking = AcknowledgeDialog.needed(role)
        warning = (
            f'<p style="{note_style("alert")}">'
            "<b>" + e(self.tr("Not taking new patients")) + "</b>: "
            f"{e(not_taking_explanation(role.accepting))}</p>"
            if not_taking
            else ""
        )
        first_steps = (
            (
                self.tr(
                    "Call the doctor's office before you tell the plan: ask whether they will "
                    "take you as a new patient in this plan. If they say no, choose another "
                    "doctor."
                ),
                self.tr(
                    "Keep a backup choice: a doctor who is taking new patients, in case the "
                    "plan refuses this choice or assigns you someone else."
                ),
            )
            if not_taking
            else (
                self.tr(
                    "Call the doctor's office first: confirm they take your plan and are "
                    "accepting new patients."
                ),
            )
        )
        steps = "".join(
            f"<li>{e(s)}</li>"
            for s in (
                *first_steps,
                self.tr(
                    "Tell your plan: call member services or use its website, and give the "
                    "PCP ID above."
                ),
                self.tr("A PCP change usually takes effect on the first day of the next month."),
                self.tr("Your new ID card will show the doctor and the medical group."),
            )
        )
        as_of = role.group_fact.as_of
        dated_text = (
            self.tr("Networks change, so confirm with the plan.")
            if as_of == "build"  # made by this app: no date to give
            else arg(
                self.tr("Group list as of %1; networks change, so confirm with the plan."), as_of
            )
        )
        dated = f"<p><i>{e(dated_text)}</i></p>"
        return (
            f"{sample}{warning}<table cellpadding='3'>{table}</table>"
            "<h3>" + e(self.tr("What happens next")) + f"</h3><ol>{steps}</ol>{dated}"
        )


def languages_text() -> str:
    """The languages this copy has, and which a fluent speaker has reviewed."""
    from hmo_desktop.ui.i18n import available, reviewed

    langs = [lang for lang in available() if lang.code != "en"]
    if not langs:
        return tr("Languages: English only.")
    names = listed([lang.native for lang in langs])
    done = [lang.native for lang in langs if lang.code in reviewed()]
    if not done:
        return arg(
            tr(
                "Languages: English, %1. None of these translations has been reviewed by "
                "a fluent speaker yet; tell the team what reads wrong."
            ),
            names,
        )
    return arg(tr("Languages: English, %1. Reviewed by a fluent speaker: %2."), names, listed(done))


def translators_text() -> str:
    """How a translator contributes (the README's "Languages" says more)."""
    return tr(
        "To translate or review a language, open its file, "
        'resources/translations/hmo_desktop_<code>.ts, in Qt Linguist (README, "Languages").'
    )


def about_box(
    db: Directory, version: str, parent: QWidget, today: date | None = None
) -> QMessageBox:
    """Version, the directory's checksum, whose doctors it lists, a warning when its data
    on plans and doctors is more than a year old (``today``: for tests), and every data
    source with its date, licence and rows. The list scrolls: the box stays under ~700 px
    however many sources a directory has."""
    from hmo_desktop.directory import doctor_mix, newest_data, source_summary
    from hmo_desktop.ui.directory_note import age_warning, doctor_words

    e = html.escape
    # Read once: the box says them again in another language without the directory.
    summary, sources, mix = db.summary(), source_summary(db), doctor_mix(db)
    newest, name = newest_data(sources), db.path.name
    today = today or date.today()

    def when(as_of: str) -> str:
        # 'build': rows the builder made itself (samples, inferences), with no date.
        return tr("made by this app") if as_of == "build" else arg(tr("as of %1"), as_of)

    def what(kind: str) -> str:
        return {
            "generated": tr("fictional samples, made up by this app"),
            "inferred": tr("inferred by this app"),
            "dated": tr("public data, may be out of date"),
        }.get(kind, tr("public data"))

    def rows(n: int) -> str:
        return QLocale().toString(n) if n else tr("none (used while building)")

    def text() -> str:
        # The counts line up at the row's end: the right, or the left right to left.
        rtl = box.layoutDirection() == Qt.LayoutDirection.RightToLeft
        end = "left" if rtl else "right"
        lines = "".join(
            f"<tr><td width='46%'><b>{e(s.title)}</b><br>{e(s.publisher)}. "
            f"{e(s.attribution)} {e(s.licence)}.</td><td width='16%'>{e(when(s.as_of))}</td>"
            f"<td width='22%'>{e(what(s.kind))}</td>"
            f"<td align='{end}'>{e(rows(s.total))}</td></tr>"
            for s in sources
        )
        warning = age_warning(newest, today)
        warned = f'<p style="{note_style()}"><b>{e(warning)}</b></p>' if warning else ""
        head = (tr("Source"), tr("Date"), tr("Kind"), tr("Rows"))
        offline = tr("Works offline; sends nothing anywhere.")
        checksum, data_sources = tr("Directory %1, checksum %2"), tr("Data sources (%1)")
        return (
            f"<h3>HMO Desktop {e(version)}</h3>{warned}"
            f"<p>{e(offline)}</p>"
            f"<p>{e(doctor_words(mix))}</p>"
            f"<p>{e(arg(checksum, name, summary.sha256[:12]))}</p>"
            f"<p>{e(languages_text())} {e(translators_text())}</p>"
            f"<p><b>{e(arg(data_sources, QLocale().toString(len(sources))))}</b></p>"
            "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
            f"<tr>{''.join(f'<th>{e(h)}</th>' for h in head)}</tr>{lines}</table>"
        )

    box = QMessageBox(
        QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Close, parent
    )
    box.setObjectName("aboutDialog")
    close = named(box.button(QMessageBox.StandardButton.Close), "aboutCloseButton", "")
    _scroll_text(box)
    area = box.findChild(QScrollArea, "aboutScroll")

    def again() -> None:
        box.setWindowTitle(tr("About HMO Desktop"))
        box.setAccessibleName(tr("About HMO Desktop"))
        close.setAccessibleName(tr("Close"))
        if area is not None:
            area.setAccessibleName(tr("About HMO Desktop and its data sources"))
        bar = area.verticalScrollBar() if area is not None else None
        at = bar.value() if bar is not None else 0
        box.setText(text())
        if bar is not None:
            bar.setValue(at)

    again()
    on_language_change(box, again)
    return box


def _scroll_text(box: QMessageBox) -> None:
    """Put the message box's text in a scroll area (a long source list would make the box
    taller than the screen); it keeps ``text()`` and the box's own buttons."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    grid = box.layout()
    if label is None or not isinstance(grid, QGridLayout):
        return
    row, column, rows, columns = cast(
        tuple[int, int, int, int], grid.getItemPosition(grid.indexOf(label))
    )
    grid.removeWidget(label)
    label.setWordWrap(True)
    # The area's width decides the text's (not the table's widest word): wrap, never cut.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    area = named(QScrollArea(), "aboutScroll", "")  # its name: set with the box's words
    area.setWidget(label)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumSize(720, 520)
    # The area is the tab stop (its arrow keys scroll the text), not the label in it.
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    grid.addWidget(area, row, column, rows, columns)
