"""``python -m assetkit`` runs the command-line interface."""

from assetkit.cli.main import entry

entry()
