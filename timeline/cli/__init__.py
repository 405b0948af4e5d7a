"""The command line (`python -m timeline extract|export|import|dates`), one module per subcommand.
May import every floor of timeline."""
