"""Writing data folders: `generate` (one folder, or one per Kreis with federation.yml, each
with its catalogs), `build` (every record of a data set, in the order the builders roll the
dice) and `count_records` (what a folder holds)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from lotsenportal.data.languages import from_mkdocs_yml
from lotsenportal.render.editor_schemas import SCHEMA_DIR, rendered_schemas

from .contacts import add_contacts
from .federation import federate
from .generator import Generator, spread
from .news import add_news
from .organisations import add_organisations
from .projects import add_einsatzfelder, plan_projects, write_projects
from .site import add_site
from .sizes import HTK, NAMES, SIZES
from .translations import write_catalogs


def build(gen: Generator) -> dict[str, str]:
    """Every file of the data set, by path. The builders share one set of dice: their order
    here is part of the output (same seed, same bytes)."""
    size, rng = gen.size, gen.rng
    kreise = gen.kreise = gen.towns_and_kreise()
    caps = [len(kreis.towns) for kreis in kreise]  # each project has a home town
    project_counts = spread(size.projects, size.kreise, rng, minimum=1, caps=caps)
    add_organisations(gen, kreise, project_counts)
    felder = add_einsatzfelder(gen)
    projects = plan_projects(gen, kreise, project_counts, felder)
    add_contacts(gen, kreise, projects)
    write_projects(gen, projects)
    add_news(gen, kreise)
    add_site(gen, kreise)
    for name, content in rendered_schemas().items():
        gen.files[f"{SCHEMA_DIR}/{name}"] = content
    return dict(sorted(gen.files.items()))


def generate(
    size: str,
    target: Path,
    *,
    seed: int = 1,
    languages: Sequence[str] | None = None,
    root: Path | None = None,
    federation: bool = False,
) -> Path:
    """Write data folder `size` into `target` (which must not exist or be empty); with
    `federation`, one folder per Kreis and `target/federation.yml`.

    `languages` defaults to those of `<root>/mkdocs.yml`; `root` (default: the current
    folder) is also where "htk" copies `data/` from."""
    root = root or Path.cwd()
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target} is not empty")
    if size == HTK:
        if federation:
            raise ValueError("htk is one Kreis: a federation needs a generated size")
        shutil.copytree(root / "data", target, dirs_exist_ok=True)
        return target
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}; known: {', '.join(NAMES)}")
    if languages is None:
        languages = [lang.code for lang in from_mkdocs_yml(root / "mkdocs.yml")]
    generator = Generator(SIZES[size], seed, languages)
    files = build(generator)
    if federation:
        files = federate(generator)
    for relative, content in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")
    # Each data folder (one per Kreis in a federation) has its own catalogs.
    for folder in [kreis.slug for kreis in generator.kreise] if federation else [""]:
        prefix = f"{folder}/" if folder else ""
        translated = {
            name.removeprefix(prefix): texts
            for name, texts in generator.translated.items()
            if name.startswith(prefix)
        }
        write_catalogs(target / folder, translated, languages, seed)
    return target


def count_records(data_dir: Path) -> dict[str, int]:
    """How many records of each kind a data folder holds (contacts: published only)."""
    counts: dict[str, int] = {}
    for folder in ("organisationen", "projekte", "einsatzfelder", "aktuelles"):
        counts[folder] = len(list((data_dir / folder).glob("*.yml")))
    published = 0
    unpublished = 0
    for file in (data_dir / "kontakte").glob("*.yml"):
        record: Any = yaml.safe_load(file.read_text(encoding="utf-8"))
        if record.get("published") is True:
            published += 1
        else:
            unpublished += 1
    counts["kontakte"] = published
    counts["kontakte_unpublished"] = unpublished
    towns: Any = yaml.safe_load((data_dir / "orte.yml").read_text(encoding="utf-8"))
    counts["orte"] = len(towns.get("towns") or [])
    return counts
