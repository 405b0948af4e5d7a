"""The command line: ``python -m timeline extract|export|import|dates``.

Every user error (a missing file, an empty or binary file, a bad date) is one line on
stderr and exit code 2, with no traceback; all inputs are read and checked before the
first event is written, so a bad input leaves the store as it was. Each subcommand lives
in a module of :mod:`timeline.cli`.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from timeline.errors import TimelineError

logger = logging.getLogger(__name__)

USER_ERROR = 2
# subcommand -> module of timeline.cli ("import" is a keyword, so its module is import_)
COMMANDS = {"extract": "extract", "export": "export", "import": "import_", "dates": "dates"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own usage errors: one line, exit 2
        self.exit(USER_ERROR, f"{self.prog}: error: {message}\n")


def _command(name: str):
    return importlib.import_module(f"timeline.cli.{name}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m timeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for module in COMMANDS.values():
        _command(module).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _command(COMMANDS[args.command]).run(args)
    except TimelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USER_ERROR
    except OSError as exc:
        print(f"error: {exc.strerror or exc or type(exc).__name__}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
