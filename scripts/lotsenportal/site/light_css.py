"""Material ships one stylesheet for every feature it has (137 KB, 23 KB gzip); a page of ours
uses about half of it. After the build, keep only the rules whose selectors can match: every
class they require appears in a built page or in Material's JavaScript (which adds classes at
run time), and every `data-md-*` attribute value they require appears in a page. What cannot
be decided (element and other attribute selectors, @font-face, :not()/:is() arguments) is kept.

Our own stylesheet goes through the same step, which drops its comments. The trimmed files get
a new content-hashed name and every page is pointed at it, so a browser never combines a
cached full stylesheet with a new page or the other way round.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tinycss2  # type: ignore[import-untyped]

# Material's two stylesheets, and ours (only comments and blank space go there).
STYLESHEETS = (
    "assets/stylesheets/main.*.min.css",
    "assets/stylesheets/palette.*.min.css",
    "assets/lotsenportal.css",
)
_CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
_MD_ATTRIBUTE = re.compile(r'(data-md-[a-z-]+)="([^"]*)"')
_JS_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:-{1,2}[A-Za-z0-9_]+)+")
_SELECTOR_CLASS = re.compile(r"\.(-?[A-Za-z_][A-Za-z0-9_-]*)")
_SELECTOR_MD_ATTRIBUTE = re.compile(r"\[(data-md-[a-z-]+)=[\"']?([^\]\"']*)[\"']?\]")
_FUNCTIONAL = re.compile(r":(?:not|is|where|has|matches|-webkit-any)\(")


@dataclass(frozen=True)
class Used:
    classes: frozenset[str]
    attributes: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class Trimmed:
    old_name: str
    new_name: str
    before: int
    after: int


def used(html_files: Iterable[Path], scripts: Iterable[Path]) -> Used:
    classes: set[str] = set()
    attributes: set[tuple[str, str]] = set()
    for page in html_files:
        text = page.read_text(encoding="utf-8")
        for match in _CLASS_ATTRIBUTE.finditer(text):
            classes.update(match.group(1).split())
        attributes.update(_MD_ATTRIBUTE.findall(text))
    for script in scripts:
        classes.update(_JS_TOKEN.findall(script.read_text(encoding="utf-8")))
    return Used(frozenset(classes), frozenset(attributes))


def _without_functional_arguments(selector: str) -> str:
    """`a:not(.md-button)` → `a:not()`: classes that must be absent are not requirements."""
    out, depth, i = [], 0, 0
    while i < len(selector):
        match = _FUNCTIONAL.match(selector, i) if depth == 0 else None
        if match:
            out.append(match.group(0))
            depth, i = 1, match.end()
            continue
        char = selector[i]
        if depth:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0:
                out.append(")")
        else:
            out.append(char)
        i += 1
    return "".join(out)


def can_match(selector_list: str, use: Used) -> bool:
    """True if at least one selector of the list can match something on the site."""
    for selector in selector_list.split(","):
        required = _without_functional_arguments(selector)
        classes = _SELECTOR_CLASS.findall(required)
        attributes = _SELECTOR_MD_ATTRIBUTE.findall(required)
        if all(c in use.classes for c in classes) and all(a in use.attributes for a in attributes):
            return True
    return False


def _trim_rules(rules: list[tinycss2.ast.Node], use: Used) -> list[tinycss2.ast.Node]:
    kept: list[tinycss2.ast.Node] = []
    for rule in rules:
        if rule.type == "qualified-rule":
            if can_match(tinycss2.serialize(rule.prelude), use):
                kept.append(rule)
        elif (
            rule.type == "at-rule"
            and rule.content is not None
            and rule.lower_at_keyword
            in {
                "media",
                "supports",
            }
        ):
            inner = _trim_rules(
                tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True),
                use,
            )
            if inner:
                rule.content = tinycss2.parse_component_value_list(tinycss2.serialize(inner))
                kept.append(rule)
        elif rule.type != "error":
            kept.append(rule)
    return kept


def trim(css: str, use: Used) -> str:
    rules = tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)
    return "\n".join(rule.serialize() for rule in _trim_rules(rules, use))


def trim_site(site: Path) -> list[Trimmed]:
    """Trim Material's stylesheets in a built site and point every page at the new files."""
    pages = sorted(site.rglob("*.html"))
    use = used(pages, sorted((site / "assets" / "javascripts").rglob("*.js")))
    done: list[Trimmed] = []
    for pattern in STYLESHEETS:
        for original in sorted(site.glob(pattern)):
            css = original.read_text(encoding="utf-8")
            smaller = trim(css, use)
            digest = hashlib.sha256(smaller.encode("utf-8")).hexdigest()[:8]
            name = original.name.split(".")[0]
            target = original.with_name(f"{name}.{digest}.lp.min.css")
            target.write_text(smaller, encoding="utf-8")
            original.unlink()
            original.with_name(original.name + ".map").unlink(missing_ok=True)
            done.append(Trimmed(original.name, target.name, len(css), len(smaller)))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        changed = text
        for item in done:
            changed = changed.replace(f"/{item.old_name}", f"/{item.new_name}")
        if changed != text:
            page.write_text(changed, encoding="utf-8")
    return done
