"""The member's side of the app, with no Qt: who is choosing, where, and what they chose.

- ``session``: one member's path through the steps (``Session``).
- ``members``: a household: members, their plans, a first choice and up to two backups
  each, and what to look at again (``Household``).
- ``store``: a household kept at home, only when the member chooses: one small SQLite
  file in the user data folder, written atomically, with backups and migrations. Nothing
  else here writes to disk.
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
