"""Entry script of the frozen application (PyInstaller): the ``assetkit`` command.

Without arguments it starts the desktop application, with arguments it is the CLI — the same
``assetkit.cli.main:main`` the pip-installed console script runs.
"""

from assetkit.cli.main import main

raise SystemExit(main())
