"""``python -m timeline``: see :mod:`timeline.cli.main`."""
from __future__ import annotations

import sys

from timeline.cli.main import main

sys.exit(main())
