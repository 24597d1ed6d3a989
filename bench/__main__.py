"""`make bench`: `python -m bench` (see benchmark.py)."""

import sys

from .benchmark import main

sys.exit(main())
