"""Printable flyers: the QR code that leads from paper to the project page in the reader's
language (the PDFs of `make flyers-pdf`: lotsenportal.build.flyer_pdfs).

The QR code is an inline SVG made by segno (pure Python, no image files, no network): it
prints sharp at any size and needs nothing from the CSP but the page itself.
"""

from __future__ import annotations

import functools

import segno

from ..data.formatting import attribute
from ..data.languages import Language


def project_url(site_url: str, lang: Language, project_id: str) -> str:
    """The absolute address of a project page in one language, as printed under the code."""
    return f"{site_url.rstrip('/')}/{lang.prefix}projekte/{project_id}/"


@functools.lru_cache(maxsize=4096)  # `mkdocs serve` rebuilds: each code is made once
def qr_svg(url: str, label: str) -> str:
    """An accessible inline SVG QR code for `url` (error correction M survives a crease)."""
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(scale=4, border=2, dark="#000", light="#fff", omitsize=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{attribute(label)}" ', 1)
