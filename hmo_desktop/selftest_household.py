"""The self-test's household steps, after the confirmation: a family of two enrolling
together, each with their own doctor, and their enrollment summary on paper.

- "household": in the Household dialog, an adult (40) takes the doctor the walk chose;
  then, back at the doctor step, the age is a child's (7), and the child takes the first
  doctor listed who sees children (the whole plan's doctors if the walk's group has none).
- "summary": the summary saved as a PDF (``enrollment-summary.pdf`` in the screenshots
  folder, else in a temporary folder deleted after the check), then read back from the
  file (``hmo_desktop.pdftext``): each member's section must name the member and their
  doctor, with a PCP ID line. A member without a PCP there fails the step by name.

The family is made up: the window is put in kiosk mode first, so nothing of it is kept on
this computer, and a household kept here earlier is left as it was on disk.
"""

from __future__ import annotations

import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from hmo_desktop.household.members import MAX_AGE
from hmo_desktop.household.session import STEP_DOCTOR, STEP_GROUP
from hmo_desktop.pdftext import page_texts

if TYPE_CHECKING:
    from hmo_desktop.ui.household_dialog import HouseholdDialog
    from hmo_desktop.ui.main_window import MainWindow

#: The summary's file name in the screenshots folder.
SUMMARY_PDF = "enrollment-summary.pdf"
#: The family: (name, age) of the adult, then of the child.
ADULT = ("Adult", 40)
CHILD = ("Child", 7)

#: What a step reports: did it hold, and what it saw (as in ``selftest``).
Outcome = tuple[bool, str]


class Recorded(NamedTuple):
    """A member as the walk recorded them, and the doctor the summary must show."""

    name: str
    age: int
    doctor: str  # the doctor's name (without the credential), as the summary begins it


def flat(text: str) -> str:
    """Text compared as read: ligatures as letters (NFKC), white space as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def summary_problems(pages: list[str], members: list[Recorded]) -> list[str]:
    """What the summary's text (a PDF's pages) lacks, member by member: a section headed
    with the member's name and age, and in it a PCP ID line and the member's doctor.

    A summary in another language has an English copy for the doctor's office and the
    plan: that copy is read (a PDF keeps right-to-left text in the order it is drawn, so
    an Arabic section cannot be read back word for word)."""
    from hmo_desktop.ui.i18n import ENGLISH, in_use

    text = flat("\n".join(pages))
    if not text:
        return ["the summary has no text"]
    copy = text.find(flat("English copy, for the doctor's office and the plan"))
    if copy >= 0:
        with in_use.words_in(ENGLISH):
            return _problems(text[copy:], members)
    return _problems(text, members)


def _problems(text: str, members: list[Recorded]) -> list[str]:
    from hmo_desktop.ui.common import tr
    from hmo_desktop.ui.directory_note import arg

    problems: list[str] = []
    starts: list[tuple[int, Recorded]] = []
    at = 0
    for m in members:
        found = text.find(flat(arg(tr("%1, age %2"), m.name, str(m.age))), at)
        if found < 0:
            problems.append(f"{m.name} is not in the summary")
        else:
            starts.append((found, m))
            at = found + 1
    after = (tr("Next step for Medi-Cal: Health Care Options"), tr("Before you enroll"))
    for i, (start, m) in enumerate(starts):
        if i + 1 < len(starts):
            end = starts[i + 1][0]
        else:
            ends = [e for e in (text.find(flat(a), start) for a in after) if e >= 0]
            end = min(ends, default=len(text))
        section = text[start:end]
        pcp_id = flat(tr("PCP ID:"))
        if pcp_id not in section or flat(f"{pcp_id} {tr('none yet: no doctor chosen')}") in section:
            problems.append(f"{m.name} has no PCP in the summary")
        elif flat(f"{tr('Doctor:')} {m.doctor}") not in section:
            problems.append(f"{m.name}'s PCP in the summary is not {m.doctor}")
    return problems


class HouseholdWalk:
    """The household steps, one method each; each returns the step's outcome."""

    def __init__(self, window: MainWindow, folder: Path | None) -> None:
        self.window = window
        self.folder = folder  # where the summary PDF stays (the screenshots folder)
        self.recorded: list[Recorded] = []

    def steps(self) -> list[tuple[str, Callable[[], Outcome]]]:
        return [("household", self.record_family), ("summary", self.write_summary)]

    def open_dialog(self) -> HouseholdDialog:
        """View > Household, as a member opens it (any dialog open is closed first)."""
        from hmo_desktop.ui.household_dialog import HouseholdDialog

        window = self.window
        if window.dialog is not None:
            window.dialog.reject()
        window.household_action.trigger()
        dialog = window.dialog
        if not isinstance(dialog, HouseholdDialog):
            raise RuntimeError("View > Household did not open the household dialog")
        return dialog

    def record(self, name: str, age: int) -> str | None:
        """Adds the member in the dialog and gives them the doctor shown; the problem, or
        None."""
        shown = self.window.session.doctor
        dialog = self.open_dialog()
        dialog.name.setText(name)
        dialog.age.setValue(age)
        member = dialog.add_member()
        if member is None:
            return f"{name} could not be added: {dialog.problem.text()}"
        dialog.select_member(member.id)
        if not dialog.use_current_doctor(backup=False):
            return f"the doctor shown could not be used for {name}"
        pcp = self.window.household.pcp(member.id)
        if pcp is None or shown is None or pcp.practitioner_id != shown.practitioner_id:
            return f"{name} was not given the doctor shown"
        if not (pcp.age_min or 0) <= age <= (MAX_AGE if pcp.age_max is None else pcp.age_max):
            return f"{name}'s doctor {pcp.doctor} does not see patients aged {age}"
        profile = self.window.profile.profile()
        # The doctor's own name: the summary's English copy writes it with the credential
        # in English style, whatever the app's language wrote in ``pcp.doctor``.
        doctor = profile.name if profile is not None else pcp.doctor
        self.recorded.append(Recorded(name, age, doctor))
        return None

    def show_doctor_for(self, age: int) -> bool:
        """Back at the doctor step with the age set, the first doctor listed opened; the
        whole plan's doctors when the chosen group has none for this age."""
        window, pcps = self.window, self.window.pcps
        if window.dialog is not None:
            window.dialog.reject()
        window.go_to_step(STEP_DOCTOR)
        pcps.age.setValue(age)
        pcps.refresh()
        if not pcps.model.rows():
            window.go_to_step(STEP_GROUP)
            groups = window.groups
            (groups.skip if groups.skip.isVisible() else groups.choose).click()
            pcps.age.setValue(age)
            pcps.refresh()
        rows = pcps.model.rows()
        if not rows:
            return False
        window.show_doctor(rows[0].practitioner_id, rows[0].location_id)
        return True

    def record_family(self) -> Outcome:
        window = self.window
        window.kiosk = True  # a made-up family: never kept on this computer
        window.household.clear()
        problem = self.record(*ADULT)
        if problem is None:
            name, age = CHILD
            if not self.show_doctor_for(age):
                problem = f"no doctor in the plan is listed for a {age}-year-old"
            else:
                problem = self.record(name, age)
        if problem is not None:
            return False, problem
        said = "; ".join(f"{m.name} ({m.age}): {m.doctor}" for m in self.recorded)
        return True, f"{len(self.recorded)} members, each with a PCP: {said}"

    def write_summary(self) -> Outcome:
        from hmo_desktop.ui.household_dialog import HouseholdDialog

        dialog = self.window.dialog
        if not isinstance(dialog, HouseholdDialog):
            dialog = self.open_dialog()
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            return self.check_summary(dialog, self.folder / SUMMARY_PDF)
        with tempfile.TemporaryDirectory(prefix="hmo-self-test-") as folder:
            return self.check_summary(dialog, Path(folder) / SUMMARY_PDF)

    def check_summary(self, dialog: HouseholdDialog, path: Path) -> Outcome:
        if not self.recorded:
            return False, "no member was recorded to check the summary against"
        dialog.save_pdf(path)
        pages = page_texts(path.read_bytes())
        problems = summary_problems(pages, self.recorded)
        if problems:
            return False, f"{path.name}: " + "; ".join(problems)
        names = " and ".join(m.name for m in self.recorded)
        return True, f"{path.name}: {len(pages)} pages; {names} each with their PCP"
