"""MkDocs hook: check data/ and (re)write the pages generated from it, before every build.

It runs in every language pass of mkdocs-static-i18n and on every `mkdocs serve` reload;
the work is done only when a data file, template or label file changed since the last pass.
"""

from __future__ import annotations

import logging
import posixpath
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from lotsenportal.build.generate import Changes
from lotsenportal.build.pipeline import Paths, check_docs, generate, paths_for, site_title, validate
from lotsenportal.data.dataset import Dataset
from lotsenportal.data.languages import built, from_plugin_config, part, preview_only
from lotsenportal.data.layout import GENERATED_DIRS
from lotsenportal.data.messages import say
from lotsenportal.data.problems import DataError
from lotsenportal.render.pages import DataLinkError, resolve_data_links

log = logging.getLogger("mkdocs.hooks.data_pages")

_last: dict[str, object] = {"stamp": None, "dataset": None}


def _stamp(paths: Paths) -> tuple[tuple[str, int, int], ...]:
    """What the generated pages depend on, as (file, mtime, size). docs/ is included because
    the translators' page counts the hand-written pages."""
    entries = []
    folders = (paths.data_dir, paths.templates_dir, paths.strings_dir, paths.locale_dir)
    for folder in (*folders, paths.docs_dir):
        for file in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if file.is_file():
                stat = file.stat()
                entries.append((file.as_posix(), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
    """`mkdocs serve` watches all of docs/, so the pages this hook writes there started a
    second build after every data edit. Watch the hand-written pages only (the data folder,
    templates and labels are in `watch:`): each language folder without its subfolders, and
    the subfolders the generator does not own. (A generated home page, index.md, still counts:
    edits that change it cost the second pass.)"""
    docs = Path(config.docs_dir)
    server.unwatch(str(docs))
    server.watch(str(docs), recursive=False)
    for folder in sorted(p for p in docs.iterdir() if p.is_dir()):
        server.watch(str(folder), recursive=False)
        for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
            if sub.name not in GENERATED_DIRS:
                server.watch(str(sub))
    return server


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    preview_only(config)  # `make serve LANG=ar`: German and Arabic only
    return config


def _stop(err: DataError, paths: Paths) -> PluginError:
    for problem in err.problems.errors + err.problems.warnings:
        print(problem, file=sys.stderr)
    count = len(err.problems.errors)
    return PluginError(say("build_data_errors", count=count, folder=paths.data_dir))


def on_pre_build(config: MkDocsConfig) -> None:
    paths = paths_for(config.config_file_path)
    settings = config.plugins["i18n"].config.languages
    languages = from_plugin_config(settings)  # the data is checked for every language
    try:
        check_docs(paths)  # every pass: MkDocs would publish what a link in docs/ points to
    except DataError as err:
        raise _stop(err, paths) from None
    stamp = _stamp(paths)
    if stamp != _last["stamp"]:
        try:
            if part() is not None:
                # One of several processes (lotsenportal.build.parallel): the pages of every
                # language were written before they started, and none of them may write docs/.
                dataset, changes = validate(paths, languages), Changes()
            else:
                dataset, changes = generate(
                    paths,
                    languages,
                    site_url=config.site_url,
                    only=[lang.code for lang in built(settings)],
                )
        except DataError as err:
            raise _stop(err, paths) from None
        for warning in dataset.warnings:
            log.info(str(warning))
        if changes.written or changes.removed:
            written, removed = len(changes.written), len(changes.removed)
            log.info(say("build_pages_from_data", written=written, removed=removed))
        _last.update(stamp=_stamp(paths), dataset=dataset)
    dataset = _last["dataset"]
    assert isinstance(dataset, Dataset)
    # The site's name is data, per language (the i18n plugin tells which language is built).
    current = config.plugins["i18n"].current_language or "de"
    config.site_name = site_title(dataset, current)
    # The footer names the publisher as recorded in site.yml; none recorded: the site's title.
    config.extra["lp_publisher"] = dataset.site.model.publisher.name


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Hand-written pages link to pages made from data as `[Text](lp:projekt/<id>)`: the
    link goes to that project, or to the list of projects where this data has no such one."""
    if "](lp:" not in markdown:
        return markdown
    dataset = _last["dataset"]
    assert isinstance(dataset, Dataset)
    folder = posixpath.dirname(page.file.src_uri)
    inside = folder.partition("/")[2] if "/" in folder else ""  # inside the language folder
    try:
        return resolve_data_links(markdown, inside, dataset.projects)
    except DataLinkError as err:
        raise PluginError(f"docs/{page.file.src_uri}: {err}") from None
