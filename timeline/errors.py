"""User-facing errors. Each carries a message fit to show as it is, in the app or the CLI."""
from __future__ import annotations


class TimelineError(Exception):
    """Base class: an input or state the user can fix; the message says how."""


class InputError(TimelineError, ValueError):
    """Input that cannot be processed: empty text, binary data, an HTML page with no article."""


class PublicationDateError(InputError):
    """A missing, malformed or impossible publication date."""
