"""The exit codes of every ``hmo-desktop`` command: one code per outcome, whatever the
command (the window, ``--about-directory``, ``--self-test``). README.md "Exit codes"
lists them for people and scripts."""

from __future__ import annotations

#: Everything worked (the window was closed, the report was printed, the self-test passed).
OK = 0
#: A bug: an error nobody expected (Python's own code for an uncaught exception).
UNEXPECTED = 1
#: The command line was wrong (argparse's own code).
USAGE = 2
#: The doctor directory cannot be used: missing, unreadable, damaged, too old or too new.
DIRECTORY_UNAVAILABLE = 3
#: ``--self-test`` ran and a step failed.
SELF_TEST_FAILED = 4
#: Qt cannot start here: an unusable Qt setting in the environment, or no screen.
ENVIRONMENT = 5
