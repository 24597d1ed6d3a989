"""MkDocs hook: after the last language is built, the open data under /api/v1/ and
/.well-known/security.txt when data/site.yml names a security contact."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from lotsenportal.build.pipeline import last_generated, paths_for
from lotsenportal.data.languages import from_plugin_config
from lotsenportal.site import open_data
from lotsenportal.site.security_txt import security_txt


@event_priority(-300)  # after the i18n plugin has built every language
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins["i18n"], "building", False):
        return
    languages = from_plugin_config(config.plugins["i18n"].config.languages)
    dataset = last_generated(paths_for(config.config_file_path), languages)
    codes = [lang.code for lang in languages]
    open_data.export(dataset, Path(config.site_dir), languages=codes)
    site = dataset.site.model
    canonical = f"{config.site_url}.well-known/security.txt" if config.site_url else None
    text = security_txt(site, canonical, [lang.code for lang in languages])
    if text is not None:
        target = Path(config.site_dir, ".well-known", "security.txt")
        target.parent.mkdir(exist_ok=True)
        target.write_text(text, encoding="utf-8")
