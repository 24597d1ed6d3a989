"""`pip install .` without the dev extras builds the site: no module the build imports may come
from a package only the `dev` extra installs. Tested offline, in this environment: the build
runs with every dev-only distribution's top-level modules made unimportable (a finder in a
`sitecustomize` on PYTHONPATH, so every process of the build has it)."""

from __future__ import annotations

import importlib.metadata as metadata
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .conftest import FIXTURES, ROOT, copy_project


def _closure(requirements: Iterable[str]) -> set[str]:
    """The installed distributions these requirements pull in, their own dependencies too."""
    found: set[str] = set()
    seen: set[tuple[str, frozenset[str]]] = set()
    pending = [Requirement(text) for text in requirements]
    while pending:
        requirement = pending.pop()
        name = canonicalize_name(requirement.name)
        extras = frozenset(requirement.extras)
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        try:
            declared = metadata.requires(name) or []
        except metadata.PackageNotFoundError:  # not for this platform or Python
            continue
        found.add(name)
        for text in declared:
            needed = Requirement(text)
            marker = needed.marker
            if marker is None or any(marker.evaluate({"extra": e}) for e in {"", *extras}):
                pending.append(needed)
    return found


def dev_only_modules() -> set[str]:
    """Top-level modules of the distributions that only pyproject.toml's `dev` extra brings."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = _closure(project["dependencies"])
    dev_only = _closure(project["optional-dependencies"]["dev"]) - runtime
    return {
        module
        for module, names in metadata.packages_distributions().items()
        if names and all(canonicalize_name(name) in dev_only for name in names)
    }


_BLOCKER = """import sys

BLOCKED = frozenset({blocked!r})


class DevOnly:
    \"\"\"Refuses the modules of development tools, as if `pip install .` had left them out.\"\"\"

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}} (dev-only)", name=name)
        return None


sys.meta_path.insert(0, DevOnly)
"""


@pytest.fixture(scope="module")
def lean_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """This environment with the dev-only modules blocked in every Python process."""
    folder = tmp_path_factory.mktemp("lean")
    blocked = sorted(dev_only_modules())
    (folder / "sitecustomize.py").write_text(_BLOCKER.format(blocked=blocked), encoding="utf-8")
    path = os.pathsep.join([str(folder), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {**os.environ, "PYTHONPATH": path, "NO_MKDOCS_2_WARNING": "1"}
    for variable in ("SITE_URL", "SITE_DIR", "LOTSENPORTAL_DATA"):
        env.pop(variable, None)
    return env


def _python(env: dict[str, str], code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )


def test_the_blocker_refuses_exactly_the_dev_tools(lean_env: dict[str, str]) -> None:
    blocked = dev_only_modules()
    assert {"playwright", "axe_playwright_python", "pytest", "bs4", "feedparser"} <= blocked
    assert not {"mkdocs", "material", "yaml", "jinja2", "pydantic", "feedgen"} & blocked
    for module in ("axe_playwright_python", "lotsenportal.checks.browser_audit", "bs4"):
        assert _python(lean_env, f"import {module}").returncode != 0, module
    assert _python(lean_env, "import mkdocs, lotsenportal.cli").returncode == 0


def test_the_site_builds_without_the_dev_extras(lean_env: dict[str, str], tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    site = tmp_path / "site"
    command = [str(Path(sys.executable).parent / "lotsenportal"), "site", "--jobs", "1"]
    command += ["--root", str(project), "--data", str(FIXTURES / "minimal"), "--site", str(site)]
    result = subprocess.run(command, env=lean_env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (site / "index.html").is_file() and (site / "ar" / "index.html").is_file()
