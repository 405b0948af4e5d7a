"""The subcommands of ``python -m timeline``, one module each.

Each module has ``add_parser(subparsers)`` (its arguments and help) and ``run(args)``
(returns the exit code; raises :class:`timeline.errors.TimelineError` for user errors).
"""
