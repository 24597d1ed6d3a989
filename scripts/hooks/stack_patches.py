"""MkDocs hook: the version-guarded speed-ups of lotsenportal.build.stack_patches (alternates of
mkdocs-static-i18n made once per build, the theme's files listed once per build instead of
once per language, the sitemap rendered by the last language pass only)."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig

from lotsenportal.build.stack_patches import install, sitemap_on_env, sitemap_on_post_build


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    install(config)
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Any) -> Environment:
    sitemap_on_env(config)
    return env


def on_post_build(config: MkDocsConfig) -> None:
    sitemap_on_post_build(config)
