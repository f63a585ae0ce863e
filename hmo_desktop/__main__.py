import sys

from hmo_desktop.cli import main

sys.exit(main())
