"""The bare-stack comparison: the same generated Markdown as a project of bare MkDocs +
Material – same i18n languages, theme features, Markdown extensions and nav, but no hooks, no
overrides (only Material's missing UI-string partials for ps/ti/so) and no extra CSS.
ours / bare shows what our hooks and templates cost.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from importlib.resources import files as resource_files
from pathlib import Path

from lotsenportal.build.workspace import replace_top_level


def bare_config(text: str, theme_dir: str | None) -> str:
    """mkdocs.yml without our hooks, theme overrides, extra CSS and watch list; everything
    else (theme features, i18n languages, Markdown extensions, nav, validation) stays."""
    text = replace_top_level(text, {"hooks": None, "watch": None, "extra_css": None})
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if re.match(r"^\s+custom_dir:", line):
            if theme_dir is None:
                continue
            line = re.sub(r"custom_dir:.*", f"custom_dir: {theme_dir}", line)
        out.append(line)
    return "".join(out)


def bare_project(project: Path, target: Path, languages: Sequence[str]) -> Path:
    """The generated Markdown of `project` with a bare MkDocs + Material configuration."""
    shutil.copytree(project / "docs", target / "docs")
    # Material has no UI strings for some of our languages and cannot build them without;
    # these partials are tables of translated labels, not our templates.
    material = resource_files("material") / "templates" / "partials" / "languages"
    missing = [
        lang
        for lang in languages
        if not (material / f"{lang}.html").is_file()
        and (project / "overrides/theme/partials/languages" / f"{lang}.html").is_file()
    ]
    theme_dir = None
    if missing:
        theme_dir = "bare-theme"
        folder = target / theme_dir / "partials" / "languages"
        folder.mkdir(parents=True)
        for lang in missing:
            shutil.copy(project / "overrides/theme/partials/languages" / f"{lang}.html", folder)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(bare_config(config, theme_dir), encoding="utf-8")
    return target
