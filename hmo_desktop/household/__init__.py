"""The member's side of the app, with no Qt: who is choosing, where, and what they chose.

Today one member's ``Session``; the household (several members, each with a PCP choice
and backups) will live here too. Nothing here writes to disk.
"""

from hmo_desktop.household.session import (
    STEP_DOCTOR,
    STEP_GROUP,
    STEP_PLAN,
    STEP_PROFILE,
    Area,
    Session,
)

__all__ = ["STEP_DOCTOR", "STEP_GROUP", "STEP_PLAN", "STEP_PROFILE", "Area", "Session"]
