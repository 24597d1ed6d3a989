"""Jinja templates that ship inside the package (reports, new records, field tables)."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined


@cache
def package_templates() -> Environment:
    return Environment(
        loader=PackageLoader("lotsenportal", "templates"),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
