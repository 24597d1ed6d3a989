"""The pipeline from data to pages, as MkDocs and the command line both run it:
load → validate → render → write. Each step is one call; errors stop before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..data.dataset import Dataset, handwritten_pages
from ..data.languages import SOURCE, Language
from ..data.loading import load_dataset
from ..data.messages import say
from ..data.problems import DataError, Problem, Problems, Severity
from ..data.safety import MAX_PAGE_BYTES, symlinks
from ..data.yamlsource import front_matter_problem
from ..render.pages import Renderer
from ..render.views import Views
from ..translations import catalogs
from ..translations.catalog_sync import catalog_problems
from ..translations.coverage import coverage
from ..translations.localize import Provenance
from ..translations.strings import load_strings
from .generate import Changes, is_generated, write_pages


@dataclass(frozen=True)
class Paths:
    """Where things are: the repository layout, for one data folder."""

    root: Path
    data_dir: Path

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def templates_dir(self) -> Path:
        return self.root / "overrides" / "pages"

    @property
    def strings_dir(self) -> Path:
        return self.root / "overrides" / "strings"

    @property
    def locale_dir(self) -> Path:
        """The labels' catalogs (locale/<lang>/LC_MESSAGES/ui.po); the data's catalogs live
        in the data folder's own locale/."""
        return self.root / "locale"


def paths_for(config_file: str | Path) -> Paths:
    """The layout for an mkdocs.yml; the data folder is $LOTSENPORTAL_DATA (default: data)."""
    root = Path(config_file).parent
    data = Path(os.environ.get("LOTSENPORTAL_DATA", "data"))
    return Paths(root=root, data_dir=data if data.is_absolute() else root / data)


def _docs_problems(project: Paths) -> list[Problem]:
    """Symbolic links in docs/ (MkDocs would publish what they point to), hand-written pages
    too large for bounded work, and front matter with YAML anchors or deep nesting — with
    paths shown relative to the data folder like every other problem. Pages generated from
    the data are not read: valid data always reaches the site (a Kreis with 750 contacts has
    a contacts page larger than any hand-written one should be)."""
    prefix = os.path.relpath(project.docs_dir, project.data_dir)
    found = symlinks(project.docs_dir, prefix)
    for page in sorted(project.docs_dir.rglob("*.md")):
        if page.is_symlink() or not page.is_file():
            continue
        if is_generated(page.relative_to(project.docs_dir).as_posix()):
            continue
        shown = Path(prefix, page.relative_to(project.docs_dir))
        size = page.stat().st_size
        if size > MAX_PAGE_BYTES:
            limit = MAX_PAGE_BYTES // 1024
            found.append(
                Problem(shown, 1, 1, say("file_too_large", size=-(-size // 1024), limit=limit))
            )
            continue
        problem = front_matter_problem(page.read_text(encoding="utf-8", errors="replace"), shown)
        if problem is not None:
            found.append(problem)
    return found


def check_docs(project: Paths) -> None:
    """Refuse symbolic links in docs/; raises DataError naming each."""
    found = _docs_problems(project)
    if found:
        raise DataError(Problems(found))


def validate(project: Paths, languages: Sequence[Language], today: date | None = None) -> Dataset:
    """Load and check everything (the data folder, its translation catalogs and the labels',
    and docs/ for links); raises DataError with every problem found."""
    docs = _docs_problems(project)
    codes = [lang.code for lang in languages]
    reserved = handwritten_pages(project.docs_dir)
    try:
        dataset = load_dataset(project.data_dir, codes, today=today, reserved=reserved)
    except DataError as err:
        err.problems.extend(docs)
        raise
    # The translations: readable catalogs that translate existing texts, within the rules.
    found = docs + catalog_problems(dataset, project.root, codes)
    if any(problem.severity is Severity.ERROR for problem in found):
        raise DataError(Problems(found + dataset.warnings))
    dataset.warnings = sorted([*dataset.warnings, *found])
    return dataset


def render(
    project: Paths, dataset: Dataset, languages: Sequence[Language], site_url: str | None = None
) -> dict[str, str]:
    codes = [lang.code for lang in languages]
    strings = load_strings(project.strings_dir, codes)
    texts = catalogs.data_catalogs(dataset.root, codes)
    required = dataset.site.model.required_translations
    rows = coverage(project.docs_dir, dataset, strings, languages, required, texts=texts)
    url = site_url or os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
    renderer = Renderer(dataset, languages, strings, project.templates_dir, rows, url, texts)
    return renderer.render_all()


_LAST: dict[Path, Dataset] = {}


def last_generated(project: Paths, languages: Sequence[Language]) -> Dataset:
    """The data the pages of this build were generated from (validated again if none)."""
    return _LAST.get(project.data_dir) or validate(project, languages)


def generate(
    project: Paths,
    languages: Sequence[Language],
    today: date | None = None,
    site_url: str | None = None,
    only: Sequence[str] | None = None,
) -> tuple[Dataset, Changes]:
    """Validate against every configured language; write the pages of `only` these (a quick
    preview) or of all. Files of languages not written stay as they are."""
    dataset = validate(project, languages, today)
    _LAST[project.data_dir] = dataset
    chosen = [lang for lang in languages if only is None or lang.code in only]
    pages = render(project, dataset, chosen, site_url)
    return dataset, write_pages(pages, project.docs_dir, [lang.code for lang in chosen])


def site_title(dataset: Dataset, lang: str) -> str:
    """The site's title in `lang` (its translation in the data catalog, else German)."""
    catalog = None
    if lang != SOURCE:
        path = catalogs.catalog_path(dataset.root, lang, catalogs.DATA)
        catalog = catalogs.load(path, lang)
    view = Views(lang, Provenance(lang), catalog).one(dataset.site)
    return str(view.title)
