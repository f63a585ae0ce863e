"""Help: a short glossary in plain words, reachable from every step (F1), in the app's
language; the glossary's words are marked for translators with ``QT_TRANSLATE_NOOP``."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hmo_desktop.ui.common import named
from hmo_desktop.ui.retranslate import is_language_change

GLOSSARY = (
    (
        "hmo",
        QT_TRANSLATE_NOOP("HelpDialog", "HMO"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "A Health Maintenance Organization is a kind of health plan. You choose one primary "
            "care doctor (PCP) who coordinates your care. Except in emergencies, you use the "
            "doctors, hospitals and specialists of your PCP's medical group, and you need a "
            "referral to see a specialist (but not to see a participating OB/GYN).",
        ),
    ),
    (
        "group",
        QT_TRANSLATE_NOOP("HelpDialog", "Medical group / IPA"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "A group of doctors that contracts with HMO plans. An IPA (Independent Physician "
            "Association) is a network of doctors in their own offices. Your PCP's group decides "
            "referrals, which specialists you see and which hospital you use.",
        ),
    ),
    (
        "pcp",
        QT_TRANSLATE_NOOP("HelpDialog", "Primary care physician (PCP)"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "Your main doctor: check-ups, everyday illness, prescriptions and referrals.",
        ),
    ),
    (
        "specialist",
        QT_TRANSLATE_NOOP("HelpDialog", "Specialist"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "A doctor for one area of medicine, such as heart or skin. In an HMO you usually need "
            "a referral from your PCP first.",
        ),
    ),
    (
        "referral",
        QT_TRANSLATE_NOOP("HelpDialog", "Referral"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "Your PCP's request, approved by the medical group, for you to see a specialist or "
            "get a service. You do not need one to see a participating OB/GYN.",
        ),
    ),
    (
        "specialties",
        QT_TRANSLATE_NOOP("HelpDialog", "The four primary care specialties"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "Family medicine (all ages), internal medicine (adults), pediatrics (children and "
            "teens), and OB/GYN (women's health; some plans let an OB/GYN be your PCP). In "
            "California every HMO member can see a participating OB/GYN without a referral or "
            "prior approval; your plan may require the OB/GYN to be in your medical group.",
        ),
    ),
    (
        "accepting",
        QT_TRANSLATE_NOOP("HelpDialog", "Accepting new patients"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            'The doctor takes new patients in this plan. "Existing patients only" means the '
            'doctor is not taking new patients: only people already seen there; "Existing '
            "patients and their family\" adds those patients' relatives. If you choose a doctor "
            "who is not taking new patients, the plan may refuse the choice or give you another "
            "doctor, so call the office first. Always call the office to confirm: lists change "
            "often.",
        ),
    ),
    (
        "sample",
        QT_TRANSLATE_NOOP("HelpDialog", "Sample doctors"),
        QT_TRANSLATE_NOOP(
            "HelpDialog",
            "No public file lists California doctors with their groups, so the doctors in this "
            'directory are fictional samples, marked "Sample doctor (fictional)", and so are '
            "their offices and phone numbers. Plans, the names of medical groups, hospitals and "
            'ZIP codes come from public data, with their dates. A hospital marked "inferred" is '
            "one near the offices, not one the doctor or group published; anything marked "
            '"sample" or "fictional" is made up.',
        ),
    ),
)


class HelpDialog(QDialog):
    """A short glossary in plain words, reachable from every step."""

    def __init__(self, anchor: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.text = named(QTextBrowser(), "helpText", "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Close), "helpCloseButton", ""
        )
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.resize(560, 520)
        self.retranslate()
        if anchor:
            self.text.scrollToAnchor(anchor)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Its words, and the glossary in the app's language (keeping where it is
        scrolled to)."""
        self.setAccessibleName(self.tr("Help and glossary"))
        self.setWindowTitle(self.tr("Help: words you will see"))
        self.text.setAccessibleName(self.tr("Glossary"))
        self.close_button.setAccessibleName(self.tr("Close help"))
        parts = [
            f'<h3><a name="{key}"></a>{html.escape(self.tr(str(term)))}</h3>'
            f"<p>{html.escape(self.tr(str(body)))}</p>"
            for key, term, body in GLOSSARY
        ]
        bar = self.text.verticalScrollBar()
        at = bar.value()
        self.text.setHtml("".join(parts))
        bar.setValue(at)
