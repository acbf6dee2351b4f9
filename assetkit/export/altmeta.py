"""The alternative text of an exported image, where the platforms and tools look for it.

- In the file: an XMP packet with ``dc:description`` and the IPTC property
  ``Iptc4xmpCore:AltTextAccessibility`` (IPTC Photo Metadata 2021.1), and ``dc:title``; PNG
  carries it in an ``iTXt`` chunk „XML:com.adobe.xmp“, JPEG in its APP1 XMP segment.
- Beside the file: ``NAME.alt.txt`` (UTF-8), to paste into the alt-text box of Instagram,
  Facebook, LinkedIn, X or Mastodon, which do not read it from the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from assetkit.compose import Composition

X = "adobe:ns:meta/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
IPTC = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def xmp_packet(alt: str, title: str = "") -> bytes:
    """An XMP packet describing an image by ``alt`` (and ``title``)."""
    meta = etree.Element(f"{{{X}}}xmpmeta", nsmap={"x": X})
    rdf = etree.SubElement(meta, f"{{{RDF}}}RDF", nsmap={"rdf": RDF})
    desc = etree.SubElement(rdf, f"{{{RDF}}}Description", nsmap={"dc": DC, "Iptc4xmpCore": IPTC})
    desc.set(f"{{{RDF}}}about", "")
    for tag, value in ((f"{{{DC}}}title", title), (f"{{{DC}}}description", alt),
                       (f"{{{IPTC}}}AltTextAccessibility", alt)):
        if not value:
            continue
        alternatives = etree.SubElement(etree.SubElement(desc, tag), f"{{{RDF}}}Alt")
        for lang in ("x-default", "de"):
            item = etree.SubElement(alternatives, f"{{{RDF}}}li")
            item.set(XML_LANG, lang)
            item.text = value
    body = etree.tostring(meta, encoding="UTF-8")
    return (b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' + body
            + b'\n<?xpacket end="w"?>')


def alt_path(image: Path) -> Path:
    """Where the alternative text of ``image`` is written: ``post.png`` → ``post.alt.txt``."""
    return image.with_name(image.stem + ".alt.txt")


def write_alt_text(image: Path, composition: Composition,
                   inputs: Iterable[Path] = ()) -> Path | None:
    """Write ``NAME.alt.txt`` beside a PNG or JPEG export; the path, or None when the page
    has nothing to say (no text and no photo)."""
    from assetkit.compose.alt import image_alt_text
    from assetkit.fileio import write_atomic

    text = image_alt_text(composition)
    if not text:
        return None
    target = alt_path(image)
    write_atomic(target, (text + "\n").encode("utf-8"), inputs=inputs)
    return target
