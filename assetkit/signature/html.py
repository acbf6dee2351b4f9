"""The HTML signature: a small table with inline styles, as e-mail programs need it.

Outlook, Thunderbird and webmail drop ``<style>`` blocks and web fonts, so every element
carries its own ``style`` and the font falls back from Inter to Arial. Contact data is text
(searchable, readable by screen readers, copyable), never part of the image; the banner has
its alternative text, size and a link to the office's website. The document is well-formed
XML as well as HTML5 (polyglot), so any parser reads it the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from assetkit.brand import Brand
from assetkit.errors import AssetkitError
from assetkit.office import OfficeProfile

FONT = "Inter, Arial, Helvetica, sans-serif"
BANNER_SIZE = (600, 120)


class SignatureError(AssetkitError):
    """The signature cannot be made from this input."""


@dataclass(frozen=True)
class SignatureOptions:
    name: str = ""              # the person: „Vorname Nachname“
    role: str = ""              # „Arbeitsvermittlung U25“
    phone: str = ""             # direct line; the office's number when empty
    message: str = ""           # the banner's line; the template's default when empty
    banner_src: str = "signatur-banner.png"   # file name beside the HTML, or an https: URL


def web_url(web: str) -> str:
    return web if web.startswith(("https://", "http://")) else f"https://{web}"


def tel_url(phone: str) -> str:
    """``tel:`` with digits only (and a leading +), as phones dial it."""
    digits = re.sub(r"[^\d+]", "", phone)
    return f"tel:{digits}"


def _a(href: str, text: str, color: str) -> str:
    return (f'<a href="{escape(href)}" style="color:{color};text-decoration:none;">'
            f"{escape(text)}</a>")


def signature_html(office: OfficeProfile, brand: Brand, options: SignatureOptions,
                   banner_alt: str) -> str:
    petrol, night = brand.color("petrol").hex, brand.color("nachtblau").hex
    text = brand.color("schwarz").hex
    rows: list[str] = []

    def row(content: str, size: int = 13, color: str = text, extra: str = "") -> None:
        rows.append(f'<tr><td style="font-family:{FONT};font-size:{size}px;line-height:1.4;'
                    f'color:{color};{extra}">{content}</td></tr>')

    if options.name:
        row(escape(options.name), 15, night, "font-weight:bold;")
    if options.role:
        row(escape(options.role))
    row(escape(office.name or office.short_name), 13, petrol,
        f"font-weight:bold;padding-top:{8 if rows else 0}px;")
    for line in (office.street, office.city_line):
        if line:
            row(escape(line))
    phone = options.phone or office.phone
    contact = []
    if phone:
        contact.append(f"Telefon {_a(tel_url(phone), phone, text)}")
    if office.fax:
        contact.append(f"Fax {escape(office.fax)}")
    if contact:
        row(" · ".join(contact))
    links = []
    if office.email:
        links.append(_a(f"mailto:{office.email}", office.email, petrol))
    if office.web:
        links.append(_a(web_url(office.web), office.web, petrol))
    if links:
        row(" · ".join(links))
    if office.opening_hours:
        row(f"Öffnungszeiten: {escape(office.opening_hours)}", 12)
    w, h = BANNER_SIZE
    image = (f'<img src="{escape(options.banner_src)}" width="{w}" height="{h}" '
             f'alt="{escape(banner_alt)}" style="display:block;border:0;width:{w}px;'
             f'height:{h}px;" />')
    if office.web:
        image = f'<a href="{escape(web_url(office.web))}">{image}</a>'
    rows.append(f'<tr><td style="padding-top:12px;">{image}</td></tr>')
    row(escape(brand.title), 11, petrol, "padding-top:6px;")
    title = escape(f"E-Mail-Signatur {office.display_name}")
    return ("<!DOCTYPE html>\n"
            '<html lang="de" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta charset="utf-8" />\n'
            f"<title>{title}</title>\n</head>\n<body>\n"
            '<!-- Signatur: im Browser öffnen, alles markieren, kopieren und in die '
            'Signatur-Einstellungen des E-Mail-Programms einfügen. -->\n'
            '<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
            f'style="border-collapse:collapse;">\n' + "\n".join(rows) + "\n</table>\n"
            "</body>\n</html>\n")
