"""The one page of an offline copy (lotsenportal.site.offline): each page's `<article>` as a
section, a list of contents at the top and a way back to it after each section. Every id of
a section is prefixed with the section's id (`#orte/usingen:projekte`), the icons'
`<use href>` too; no script: search needs a server, and the list of towns works without the
town finder. The policy (CSP) allows nothing but the one stylesheet, by its hash, and data:
fonts and images: the copy makes no request at all."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ..render.templating import html_templates
from .csp import source_hash
from .html_edits import Edits, Element
from .offline_inline import image, stylesheet
from .offline_plan import HOME, Copy, public, resolve

# Attributes that name ids of the same document (space-separated lists).
_ID_REFERENCES = (
    *("for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns"),
    *("aria-activedescendant", "headers", "list", "form"),
)


def _split_names(html: str, elements: Sequence[Element], page_lang: str) -> tuple[str, str]:
    """Text of a page in two: names of other languages (links with `hreflang`, elements whose
    `lang` is not the page's) and everything else."""
    names, rest, position = [], [], 0
    for element in elements:
        other = (element.tag == "a" and "hreflang" in element.attrs) or (
            element.tag != "html" and element.attrs.get("lang") not in (None, page_lang)
        )
        if other and element.start >= position:
            end = element.end or element.open_end
            rest.append(html[position : element.start])
            names.append(html[element.start : end])
            position = end
    rest.append(html[position:])
    return "".join(names), "".join(rest)


def _text(markup: str) -> str:
    """The text of an HTML fragment, white space collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def _element(edits: Edits, test: str) -> Element | None:
    return next((e for e in edits.elements if e.tag == test), None)


def _rewrite(
    site: Path, fragment: str, page: str, copy: Copy, *, prefix_ids: bool, whole: Edits
) -> str:
    """A fragment of a site page (`whole`) as it reads in the copy: ids prefixed with the
    page's section, links as anchors or public addresses, images as data: URLs, no scripts;
    an icon drawn outside the fragment (lotsenportal.site.compact draws a repeated icon once, often
    in the header) is drawn where it is used."""
    edits = Edits(fragment)
    section = copy.sections.get(page, HOME)
    own = {element.attrs.get("id") for element in edits.elements}
    drawings: dict[str | None, Element] = {}  # the page's elements by id, when first needed
    for element in edits.elements:
        if element.tag == "script":
            edits.remove(element)  # data blocks (JSON-LD) and scripts: none in a copy
            continue
        used = str(element.attrs.get("href") or "")[1:] if element.tag == "use" else ""
        if used and used not in own:
            drawings = drawings or {e.attrs.get("id"): e for e in reversed(whole.elements)}
            drawing = drawings.get(used)
            if drawing is not None and drawing.close_start is not None:
                edits.replace(element, whole.content(drawing))
                continue
        attrs = dict(element.attrs)
        if prefix_ids:
            if attrs.get("id"):
                attrs["id"] = f"{section}:{attrs['id']}"
            for name in _ID_REFERENCES:
                if attrs.get(name):
                    attrs[name] = " ".join(f"{section}:{i}" for i in str(attrs[name]).split())
        gone = False
        for name in ("href", "src", "xlink:href"):
            link = attrs.get(name)
            if link is None or (name == "href" and attrs.get("rel") == "canonical"):
                continue
            if element.tag == "img" and name == "src":
                new = image(site, copy, str(link), page)
            elif link.startswith("#") and not prefix_ids:
                new = link  # ids outside the sections keep their names
            else:
                new = copy.href(str(link), page)
            if new is None:
                gone = True
            else:
                attrs[name] = new
        if gone and element.tag == "a":
            dropped = ("href", "hreflang", "download", "target", "rel", "type")
            edits.retag(element, "span", {k: v for k, v in attrs.items() if k not in dropped})
        elif gone:
            edits.remove(element)
        elif attrs != element.attrs:
            edits.set_attrs(element, attrs)
    return edits.apply()


@dataclass(frozen=True)
class _Section:
    id: str
    html: Markup
    lang: str | None
    dir: str | None


@dataclass(frozen=True)
class _Entry:
    id: str
    title: str


def document(site: Path, copy: Copy) -> str:
    """The copy's one page."""
    home = next(iter(copy.sections))
    home_html = (site / home).read_text(encoding="utf-8")
    home_edits = Edits(home_html)
    root = _element(home_edits, "html")
    body = _element(home_edits, "body")
    lang = str((root.attrs.get("lang") if root else None) or copy.lang.code)
    direction = str((body.attrs.get("dir") if body else None) or "ltr")
    sections: list[_Section] = []
    names: list[str] = []  # for the fonts: see _fonts
    shown: list[str] = []
    german = not copy.lang.default
    for page, section in copy.sections.items():
        text = home_html if page == home else (site / page).read_text(encoding="utf-8")
        edits = home_edits if page == home else Edits(text)
        article = next((e for e in edits.elements if e.tag == "article"), None)
        if article is None or article.close_start is None:
            continue
        content = edits.content(article)
        inner = _rewrite(site, content, page, copy, prefix_ids=True, whole=edits)
        is_german = german and section.startswith("de/")
        other, rest = _split_names(content, Edits(content).elements, "de" if is_german else lang)
        names.append(other)
        shown.append(rest)
        sections.append(
            _Section(
                section, Markup(inner), "de" if is_german else None, "ltr" if is_german else None
            )
        )
    contents = _contents(home_edits, home, copy)
    footer = next((e for e in home_edits.elements if e.tag == "footer"), None)
    footer_html = (
        _rewrite(
            site,
            home_html[footer.start : footer.end],
            home,
            copy,
            prefix_ids=False,
            whole=home_edits,
        )
        if footer is not None and footer.end is not None
        else ""
    )
    logo = next((e for e in home_edits.elements if "md-logo" in e.classes()), None)
    title = str(logo.attrs.get("title") or "") if logo is not None else ""
    if not title:  # the page's own <title>
        title = _text(home_edits.content(t)) if (t := _element(home_edits, "title")) else lang
    nav = next((e for e in home_edits.elements if "md-nav--primary" in e.classes()), None)
    label = str(nav.attrs.get("aria-label") or title) if nav is not None else title
    body_attrs = [
        (name, str(value))
        for name, value in (body.attrs.items() if body else ())
        if value is not None and (name == "dir" or name.startswith("data-md-color-"))
    ]
    values = {
        "lang": lang,
        "dir": direction,
        "title": title,
        "body_attrs": body_attrs,
        "public": public(copy.site_url),
        "contents_id": f"{HOME}contents",  # no page folder starts with "~"
        "contents_label": label,
        "contents": contents,
        "sections": sections,
        "footer": Markup(footer_html),
    }
    shown += [title, footer_html, *(entry.title for entry in contents)]
    css = stylesheet(site, home_edits, home, copy, "".join(names), "".join(shown))
    if "</style" in css.lower():
        raise ValueError("a stylesheet holds </style")
    policy = (
        f"default-src 'none'; style-src {source_hash(css)}; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    template = html_templates().get_template("offline.html")
    return template.render(css=Markup(css), policy=policy, **values)


def _contents(home_edits: Edits, home: str, copy: Copy) -> list[_Entry]:
    """The list of contents: the site's navigation, as far as its pages are in the copy."""
    entries: list[_Entry] = []
    for element in home_edits.elements:
        if element.tag != "a" or "md-nav__link" not in element.classes():
            continue
        if element.inside("md-nav--primary") is None or element.close_start is None:
            continue
        target = resolve(element.attrs.get("href") or "", home, copy.site_url)
        found = copy.find(target) if target is not None else None
        if found is None or any(entry.id == copy.sections[found] for entry in entries):
            continue
        entries.append(_Entry(copy.sections[found], _text(home_edits.content(element))))
    return entries
