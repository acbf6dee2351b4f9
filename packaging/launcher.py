"""Entry script of the frozen application (PyInstaller): the ``assetkit`` command.

Without arguments it starts the desktop application, with arguments it is the CLI — the same
``assetkit.cli.main:entry`` the pip-installed console script runs.
"""

import multiprocessing

from assetkit.cli.main import entry

if __name__ == "__main__":
    # A frozen program is its own Python: worker processes (batch export) start this executable
    # again, and freeze_support() turns such a start into the worker instead of a second app.
    multiprocessing.freeze_support()
    entry()
