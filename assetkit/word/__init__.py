"""Word documents: campaign letter and form templates, and the logo in existing Word forms.

``build_template(office, kind) -> WordTemplate`` makes a DIN 5008 letter or a form template (.docx or
.dotx); ``stamp_docx(input, output, ...)`` puts the logo into every section header of an
existing .docx without touching its body. No PySide6, no network.
"""

from assetkit.word.errors import WordError
from assetkit.word.stamp import POSITIONS, StampDocxResult, stamp_docx
from assetkit.word.template import WordTemplate, build_template

__all__ = ["POSITIONS", "StampDocxResult", "WordError", "WordTemplate", "build_template",
           "stamp_docx"]
