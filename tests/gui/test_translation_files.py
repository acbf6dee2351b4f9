"""The English translation is complete and up to date with the app's code.

pyside6-lupdate reads assetkit/gui/*.py as resources/i18n/update.sh does (into a scratch copy):
every string the code marks for translation must have a finished English translation, and no
string may sit in a context the running app never asks (``widget.tr`` on a variable other than
``self``: lupdate files it under the variable's name, Qt looks it up under the widget's class).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def test_no_tr_on_other_objects() -> None:
    offenders = []
    for path in sorted((ROOT / "assetkit" / "gui").glob("*.py")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if re.search(r"\b(?!self\b)[A-Za-z_]\w*\.tr\(", line):
                offenders.append(f"{path.name}:{n}: {line.strip()}")
    assert not offenders, "use self.tr or QCoreApplication.translate(context, …):\n" + \
        "\n".join(offenders)


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_string_of_the_app_has_an_english_translation(tmp_path: Path) -> None:
    ts = tmp_path / "assetkit_en.ts"
    shutil.copy(ROOT / "resources" / "i18n" / "assetkit_en.ts", ts)
    subprocess.run([str(LUPDATE), *map(str, sorted((ROOT / "assetkit" / "gui").glob("*.py"))),
                    "-source-language", "de_DE", "-target-language", "en_GB", "-no-obsolete",
                    "-ts", str(ts)], check=True, capture_output=True, cwd=ROOT, timeout=120)
    tree = etree.parse(str(ts))
    missing = [f"{m.getparent().findtext('name')}: {m.findtext('source')}"
               for m in tree.iter("message")
               if m.find("translation").get("type") == "unfinished"]
    assert not missing, "run resources/i18n/update.sh and translate:\n" + "\n".join(missing)
