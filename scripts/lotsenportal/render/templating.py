"""Jinja templates that ship inside the package (reports, new records, field tables, the
offline copy's page)."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@cache
def package_templates() -> Environment:
    return Environment(
        loader=PackageLoader("lotsenportal.render", "templates"),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@cache
def html_templates() -> Environment:
    """The package's HTML templates: every value escaped unless passed as Markup."""
    return Environment(
        loader=PackageLoader("lotsenportal.render", "templates"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
