"""``python -m timeline``: see :mod:`timeline.cli`."""
from __future__ import annotations

import sys

from timeline.cli import main

sys.exit(main())
