"""The package reads like the pipeline: each stage is a folder, and a stage imports only the
stages before it (data → translations → render → site → checks → build → the command line).
A module that reaches forward – the schema importing the renderer, say – fails here, with
the line that does it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "scripts" / "lotsenportal"
# In pipeline order; the package's top level (the command line) comes last and may use all.
STAGES = ("data", "translations", "render", "site", "checks", "build")
LONGEST_MODULE = 500  # lines


def _stage_of(module: str) -> int:
    """Position of `lotsenportal.<stage>.…` in the pipeline; the top level is after every stage."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in STAGES:
        return STAGES.index(parts[1])
    return len(STAGES)


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(source: str, package: str) -> Iterator[tuple[int, str]]:
    """(line, absolute module) of every import of our own package in `source`, a module of
    `package`, including the imports inside functions."""
    package_parts = package.split(".")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "lotsenportal":
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module.split(".")[0] != "lotsenportal":
                continue
            # `from .. import site` names a stage: judge each imported name as a module.
            if _stage_of(module) == len(STAGES) and module == "lotsenportal":
                for alias in node.names:
                    yield node.lineno, f"lotsenportal.{alias.name}"
            else:
                yield node.lineno, module


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_package_lists_its_stages() -> None:
    """Its top level holds the stages, the command line (`cli/`, the last layer: not a stage,
    so `_stage_of` puts it after all of them) and `__init__`, `__main__`; nothing else."""
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == {*STAGES, "cli"}, f"Folder outside every stage: {sorted(folders)}"
    loose = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    assert not loose, f"Module outside every stage: {sorted(loose)}"
    assert _stage_of("lotsenportal.cli.arguments") == len(STAGES)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_imports_point_back_down_the_pipeline(path: Path) -> None:
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    own = _stage_of(name)
    forward = [
        f"{path.relative_to(PACKAGE)}:{line} imports {module}"
        for line, module in _imports(path.read_text(encoding="utf-8"), package)
        if _stage_of(module) > own
    ]
    assert not forward, "A stage imports a later one:\n" + "\n".join(forward)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_no_module_grows_past_a_readable_size(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= LONGEST_MODULE, f"{path.relative_to(PACKAGE)}: {lines} lines"


def test_the_check_sees_a_forward_import() -> None:
    """The rule itself: a data module importing the renderer is found, its own stage is not."""
    source = "from . import schema\n\ndef later():\n    from ..render import pages\n"
    found = list(_imports(source, "lotsenportal.data"))
    assert found == [(1, "lotsenportal.data"), (4, "lotsenportal.render")]
    assert [m for _, m in found if _stage_of(m) > _stage_of("lotsenportal.data.x")] == [
        "lotsenportal.render"
    ]


# The developer tooling beside the package (make bench, the synthetic data sets): readable
# pieces too, and never a part of what the package runs.
BENCH = PACKAGE.parent.parent / "bench"
BENCH_MODULES = sorted(BENCH.rglob("*.py"))


@pytest.mark.parametrize("path", BENCH_MODULES, ids=lambda p: p.relative_to(BENCH).as_posix())
def test_bench_modules_are_readable_pieces(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    lines = len(source.splitlines())
    assert lines <= LONGEST_MODULE, f"bench/{path.relative_to(BENCH)}: {lines} lines"
    if path.name != "__init__.py" or source.strip():
        assert ast.get_docstring(ast.parse(source)), (
            f"bench/{path.relative_to(BENCH)}: no docstring"
        )


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_the_package_never_imports_the_bench_tooling(path: Path) -> None:
    found = [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if (
            isinstance(node, ast.Import)
            and any(a.name.split(".")[0] == "bench" for a in node.names)
        )
        or (
            isinstance(node, ast.ImportFrom)
            and not node.level
            and (node.module or "").split(".")[0] == "bench"
        )
    ]
    assert not found, f"{path.relative_to(PACKAGE)}:{found[0]} imports bench"
