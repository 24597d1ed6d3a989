"""`make bench`: `python -m bench` (see benchmark/__init__.py)."""

import sys

from .benchmark import main

sys.exit(main())
