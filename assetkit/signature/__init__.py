"""E-mail signature: the campaign banner (600×120 PNG, at most 50 KB) and an HTML signature
with the office's contact data as real text and ``mailto:``/``https:``/``tel:`` links.

``build_signature(office, SignatureOptions(...)) -> Signature``; writing is the caller's step.
No PySide6, no network.
"""

from assetkit.signature.html import SignatureError, SignatureOptions
from assetkit.signature.signature import BANNER_MAX_BYTES, Signature, build_signature

__all__ = ["BANNER_MAX_BYTES", "Signature", "SignatureError", "SignatureOptions",
           "build_signature"]
