"""Command-line interface: ``assetkit COMMAND …`` (one module per command)."""
