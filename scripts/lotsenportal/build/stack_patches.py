"""Speed-ups of the fixed stack's per-language bookkeeping, each for one exact library version.

mkdocs-static-i18n builds the site once per language: it calls MkDocs' `build` again for every
language, and every pass repeats work whose result is the same in every pass. Three such pieces
are cut here, without changing what is built (tests/test_stack_patches.py builds the fixture
site with and without them and compares every file byte for byte):

i18n-alternates   mkdocs-static-i18n 1.3.1, `reconfigure_files_alternates`: for every page and
                  every language it makes a new `File` for each candidate translation until one
                  fits (12 languages: about 34,000 `File`s for 560 pages, each through
                  `pathlib`), and does it again in every pass. `create_i18n_file` depends only
                  on the file's paths, the language and the configuration; its result is kept
                  for the whole build (all passes), keyed by exactly those inputs. The plugin
                  only reads the alternates it gets (the language switcher, the sitemap,
                  hooks/page_notices.py), so one object can serve every pass.
                  Upstream: no issue names this yet (ultrabug/mkdocs-static-i18n#57, "Large
                  site friction", closed in 2021, is about build time in general). To file:
                  "reconfigure_files_alternates calls create_i18n_file O(languages² × files)
                  times per language build; compute each file's alternates once per build".
theme-files       MkDocs 1.6.1, `Files.add_files_from_theme`: every pass walks the theme
                  folders again (Material ships thousands of icon files under .icons, each
                  matched against a dozen patterns) to find the same static files. The list is
                  kept for the build; each pass still checks it against its own docs files.
                  Upstream: none found (mkdocs/mkdocs#1980 is about which theme files are
                  copied, not how often they are listed). To file at mkdocs-static-i18n: "every
                  language build lists the theme's files again; reuse the first pass's list".
sitemap-once      mkdocs-static-i18n 1.3.1 hands the sitemap template the pages of every
                  language built so far, and every pass renders it again over the last one's
                  file (12 passes: 78 languages' worth of entries for the 12 of the last). Only
                  the last pass this process runs renders it now; that is the file every pass
                  before left behind. Not a patch of the library: our on_env takes
                  sitemap.xml out of the theme's static templates of the other passes (after
                  the theme's files are listed, which reads the same set) and on_post_build
                  puts it back. Upstream: none found; to file at mkdocs-static-i18n: "the
                  sitemap is rendered in every language build; render it in the last only".

Each patch checks the installed version against the one it was written for and stays off,
with a warning, on any other version (the build is then correct, only slower). The caches
live as long as one top-level build: `mkdocs serve` starts a new one on every change, so a new
theme file or page is seen. A build with another configuration object (a test building a
second site in the same process) never sees them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from importlib import metadata
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ..data.languages import part
from ..data.messages import say

# Not under the "mkdocs" logger: a skipped speed-up must not fail a `--strict` build.
log = logging.getLogger("lotsenportal.build.stack_patches")

# LOTSENPORTAL_STACK_PATCHES=off builds without them (the comparison in the tests, `make bench`).
SWITCH = "LOTSENPORTAL_STACK_PATCHES"

# The versions each patch was written and tested for (requirements.lock).
WRITTEN_FOR = {
    "i18n-alternates": ("mkdocs-static-i18n", "1.3.1"),
    "theme-files": ("mkdocs", "1.6.1"),
    "sitemap-once": ("mkdocs-static-i18n", "1.3.1"),
}
SITEMAP = "sitemap.xml"


def installed(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def fits(patch: str) -> bool:
    """Whether `patch` was written for the installed version of its library; if not, a
    warning says so and what to do."""
    distribution, version = WRITTEN_FOR[patch]
    found = installed(distribution)
    if found == version:
        return True
    log.warning(
        say(
            "patch_outdated",
            patch=repr(patch),
            distribution=distribution,
            version=version,
            found=found or say("patch_not_installed"),
        )
    )
    return False


# --------------------------------------------------------------------------------------------
# i18n-alternates


def _settings(create: Callable[..., File], config: MkDocsConfig) -> tuple[Any, ...]:
    return (create, config.docs_dir, config.site_dir, config.use_directory_urls)


def _memoized(
    create: Callable[..., File], cache: dict[tuple[Any, ...], File], config: MkDocsConfig
) -> Callable[..., File]:
    """`create` (create_i18n_file), each result kept in `cache` for the build. The key is
    everything create_i18n_file (folder.py, 1.3.1) reads: the file's source and destination,
    its inclusion, the languages and the configuration's folders and URL style."""
    usual = _settings(create, config)  # read once per pass, not once per call

    def create_once(
        file: File,
        current_language: str,
        default_language: str,
        all_languages: list[str],
        mkdocs_config: MkDocsConfig,
    ) -> File:
        settings = usual if mkdocs_config is config else _settings(create, mkdocs_config)
        key = (
            file.src_uri,
            file.dest_uri,
            file.inclusion,
            current_language,
            default_language,
            tuple(all_languages),
            settings,
        )
        made = cache.get(key)
        if made is None:
            made = cache[key] = create(
                file, current_language, default_language, all_languages, mkdocs_config
            )
        return made

    return create_once


def _patch_alternates(i18n: Any) -> None:
    """The plugin instance computes alternates through a `create_i18n_file` that makes each
    alternate once per build. An instance attribute: the class stays as it is."""
    original = type(i18n).reconfigure_files_alternates
    cache: dict[tuple[Any, ...], File] = {}

    def reconfigure_files_alternates(
        i18n_src_uris: Any, i18n_alternate_src_uris: Any, mkdocs_config: Any, create: Any
    ) -> None:
        create_once = _memoized(create, cache, mkdocs_config)
        original(i18n, i18n_src_uris, i18n_alternate_src_uris, mkdocs_config, create_once)

    i18n.reconfigure_files_alternates = reconfigure_files_alternates


# --------------------------------------------------------------------------------------------
# theme-files

_original_add_files_from_theme = Files.add_files_from_theme
# The configuration of the top-level build the listing belongs to, and the listing.
_theme_files: tuple[MkDocsConfig | None, dict[tuple[Any, ...], list[tuple[str, str]]]] = (None, {})


def _add_files_from_theme(self: Files, env: Any, config: MkDocsConfig) -> None:
    owner, listings = _theme_files
    if config is not owner:
        _original_add_files_from_theme(self, env, config)
        return
    key = (tuple(config.theme.dirs), config.site_dir, config.use_directory_urls)
    listing = listings.get(key)
    if listing is None:
        # What the original adds to an empty collection: every static theme file, each from
        # the first theme folder that has it.
        found = Files([])
        _original_add_files_from_theme(found, env, config)
        listing = listings[key] = [(file.src_uri, str(file.src_dir)) for file in found]
    for path, folder in listing:
        # Theme files do not override docs_dir files (as in the original).
        if self.get_file_from_path(path) is None:
            self.append(File(path, folder, config.site_dir, config.use_directory_urls))


# --------------------------------------------------------------------------------------------
# sitemap-once

# The theme's set of static templates while a pass renders without the sitemap.
_static_templates: set[str] | None = None


def _last_pass(i18n: Any) -> str:
    """The language of the last pass this process runs: the plugin builds its default
    language first, then the others in order; hooks/language_parts.py skips those of other
    parts."""
    mine = part()
    default = i18n.default_language
    others = [c for c in i18n.build_languages if c != default and (mine is None or c in mine)]
    return str(others[-1] if others else default)


def sitemap_on_env(config: MkDocsConfig) -> None:
    """Before the static templates of a pass are rendered: no sitemap unless it is the last."""
    global _static_templates
    i18n = config.plugins.get("i18n")
    if (
        "sitemap-once" not in _active
        or i18n is None
        or SITEMAP not in config.theme.static_templates
    ):
        return
    if i18n.current_language != _last_pass(i18n):
        _static_templates = config.theme.static_templates
        config.theme.static_templates = _static_templates - {SITEMAP}


def sitemap_on_post_build(config: MkDocsConfig) -> None:
    """After a pass (before the plugin starts the next): the theme's own set again."""
    global _static_templates
    if _static_templates is not None:
        config.theme.static_templates = _static_templates
        _static_templates = None


# --------------------------------------------------------------------------------------------

_active: list[str] = []


def install(config: MkDocsConfig) -> list[str]:
    """Called by hooks/stack_patches.py in every pass's on_config; on the first pass of a
    build (the i18n plugin not yet building the other languages) it starts fresh caches.
    Returns the patches in force."""
    global _theme_files, _active
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return list(_active)
    active: list[str] = []
    wanted = os.environ.get(SWITCH, "on") != "off"
    if i18n is not None and wanted and fits("i18n-alternates"):
        _patch_alternates(i18n)
        active.append("i18n-alternates")
    elif i18n is not None:
        vars(i18n).pop("reconfigure_files_alternates", None)
    if wanted and fits("theme-files"):
        Files.add_files_from_theme = _add_files_from_theme  # type: ignore[method-assign]
        _theme_files = (config, {})
        active.append("theme-files")
    else:
        Files.add_files_from_theme = _original_add_files_from_theme  # type: ignore[method-assign]
        _theme_files = (None, {})
    if i18n is not None and wanted and fits("sitemap-once"):
        active.append("sitemap-once")
    _active = active
    return active
