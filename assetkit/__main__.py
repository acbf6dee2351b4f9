"""``python -m assetkit`` runs the command-line interface."""

from assetkit.cli.main import main

raise SystemExit(main())
