"""`python -m connector_dsl` runs the command line."""

from connector_dsl.cli import main

raise SystemExit(main())
