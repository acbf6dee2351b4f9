"""The presentation theme from the brand kit: colour scheme, font scheme and master text styles.

PowerPoint's colour picker offers the theme colours first, charts and tables take their series
colours from accent 1–6, and „+mj-lt“/„+mn-lt“ fonts follow the font scheme. So the palette of
``brand.toml`` becomes the scheme and Inter both theme fonts. Inter is not embedded: PowerPoint
embeds TrueType fonts only and Inter ships as CFF-based OpenType; the font entries carry Arial's
PANOSE class (proportional sans), so a PC without Inter substitutes Arial, not a serif. Offices
install the bundled Inter (``resources/fonts/inter``, SIL OFL) to see the design exactly.
"""

from __future__ import annotations

from lxml import etree

from assetkit.brand import Brand

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
FONT = "Inter"
PANOSE = "020B0502030000000004"      # the class Word's font table gives Inter (see docs/word.md)
THEME_NAME = "Kommunale Jobcenter"

# Theme slot → brand colour. dk2/lt2 are the „text/background 2“ pair; accents feed charts.
SCHEME = (("dk1", "schwarz"), ("lt1", "weiss"), ("dk2", "nachtblau"), ("lt2", "sand"),
          ("accent1", "petrol"), ("accent2", "sonnengelb"), ("accent3", "mint"),
          ("accent4", "nachtblau"), ("accent5", "schwarz"), ("accent6", "sand"),
          ("hlink", "petrol"), ("folHlink", "nachtblau"))


def scheme_hex(brand: Brand) -> dict[str, str]:
    """Theme slot → ``RRGGBB`` as written into the theme."""
    return {slot: brand.color(name).hex.lstrip("#").upper() for slot, name in SCHEME}


def themed(theme_xml: bytes, brand: Brand) -> bytes:
    """``theme_xml`` with the brand's colour scheme and Inter as major and minor font."""
    root = etree.fromstring(theme_xml)
    root.set("name", THEME_NAME)
    scheme = root.find(f"{{{A}}}themeElements/{{{A}}}clrScheme")
    assert scheme is not None, "python-pptx's default theme has a colour scheme"
    scheme.set("name", THEME_NAME)
    colours = scheme_hex(brand)
    for slot in scheme:
        name = etree.QName(slot).localname
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, f"{{{A}}}srgbClr", val=colours[name])
    fonts = root.find(f"{{{A}}}themeElements/{{{A}}}fontScheme")
    assert fonts is not None
    fonts.set("name", THEME_NAME)
    for kind in ("majorFont", "minorFont"):
        latin = fonts.find(f"{{{A}}}{kind}/{{{A}}}latin")
        assert latin is not None
        latin.attrib.clear()
        latin.set("typeface", FONT)
        latin.set("panose", PANOSE)
        latin.set("pitchFamily", "34")      # variable pitch, swiss (sans serif)
        latin.set("charset", "0")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _level(n: int, size: float, color: str, *, bold: bool = False, major: bool = False,
           bullet: str | None = None, line_pct: int = 100, after_pt: float = 0) -> str:
    indent = ""
    bu = "<a:buNone/>"
    if bullet:
        mar = 6.0 * n          # mm: each level steps in 6 mm
        indent = f' marL="{round(mar * 36000)}" indent="{-round(6.0 * 36000)}"'
        bu = (f'<a:buClr><a:schemeClr val="accent1"/></a:buClr><a:buFont typeface="Arial" '
              f'panose="020B0604020202020204" pitchFamily="34" charset="0"/>'
              f'<a:buChar char="{bullet}"/>')
    font = "+mj" if major else "+mn"
    return (f'<a:lvl{n}pPr{indent} algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
            f'<a:lnSpc><a:spcPct val="{line_pct * 1000}"/></a:lnSpc>'
            f'<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="{round(after_pt * 100)}"/>'
            f'</a:spcAft>{bu}<a:defRPr sz="{round(size * 100)}" b="{1 if bold else 0}" kern="1200">'
            f'<a:solidFill><a:schemeClr val="{color}"/></a:solidFill><a:latin typeface="{font}-lt"/>'
            f'<a:ea typeface="{font}-ea"/><a:cs typeface="{font}-cs"/></a:defRPr></a:lvl{n}pPr>')


def master_text_styles() -> bytes:
    """``p:txStyles`` of the master: titles bold night blue, body text with petrol bullets."""
    title = _level(1, 28, "tx2", bold=True, major=True, line_pct=95)
    body_sizes = (20, 18, 16, 14, 14, 14, 14, 14, 14)
    body = "".join(_level(i + 1, size, "tx1", bullet="•" if i % 2 == 0 else "–",
                          line_pct=110, after_pt=6)
                   for i, size in enumerate(body_sizes))
    other = _level(1, 18, "tx1")
    return (f'<p:txStyles xmlns:p="{P}" xmlns:a="{A}"><p:titleStyle>{title}</p:titleStyle>'
            f'<p:bodyStyle>{body}</p:bodyStyle><p:otherStyle>{other}</p:otherStyle>'
            f'</p:txStyles>').encode()
