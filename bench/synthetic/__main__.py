"""`python -m bench.synthetic hessen /tmp/hessen-daten [--seed 1] [--federation]` (see cli.py)."""

import sys

from .cli import main

sys.exit(main())
