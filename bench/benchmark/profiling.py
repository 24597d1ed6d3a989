"""Profiling (`--profile`): the build once more under cProfile, and the share of its time in
page rendering, mkdocs-static-i18n's file bookkeeping, listing the theme's files and each of
our hooks. The profiler slows the build, so these are shares, not times.
"""

from __future__ import annotations

import os
import pstats
import shutil
import sys
from pathlib import Path
from typing import Any

from .runs import run_child, run_facts

# Where a profiled build spends its time: part → alternatives, the first one found counts (a
# patched function contains the original it calls); an alternative sums its functions. A
# function is (file suffix, name), or (file suffix, name, caller's file suffix, caller's
# name) for the time of its calls from that caller only.
_Function = tuple[str, str] | tuple[str, str, str, str]
PROFILE_PARTS: dict[str, tuple[tuple[_Function, ...], ...]] = {
    # Markdown → HTML (`Page.render`) and the Jinja templates of pages and theme pages – not
    # the plugin events around them (our post_page hooks run inside MkDocs' `_build_page`).
    "page_rendering": (
        (
            ("mkdocs/structure/pages.py", "render"),
            ("jinja2/environment.py", "render", "mkdocs/commands/build.py", "_build_page"),
            ("jinja2/environment.py", "render", "mkdocs/commands/build.py", "_build_template"),
        ),
    ),
    "i18n_files": ((("mkdocs_static_i18n/reconfigure.py", "reconfigure_files"),),),
    "theme_listing": (
        (("lotsenportal/build/stack_patches.py", "_add_files_from_theme"),),
        (("mkdocs/structure/files.py", "add_files_from_theme"),),
    ),
    # Our own hooks: what a build spends besides MkDocs, Material and the i18n plugin.
    "data_pages": ((("hooks/data_pages.py", "on_pre_build"),),),
    "page_checks": ((("hooks/security_headers.py", "on_post_page"),),),
    "page_compaction": ((("hooks/compact_pages.py", "on_post_page"),),),
    "light_pages": ((("hooks/light_pages.py", "on_post_build"),),),
    "offline_copies": ((("hooks/offline_copy.py", "on_post_build"),),),
}
PROFILE_LABELS = {
    "page_rendering": "page rendering",
    "i18n_files": "mkdocs-static-i18n file bookkeeping",
    "theme_listing": "theme file listing",
    "data_pages": "pages from data",
    "page_checks": "page checks + CSP",
    "page_compaction": "compaction",
    "light_pages": "fonts/scripts/CSS",
    "offline_copies": "offline copies",
}


def profile_shares(stats_file: Path) -> dict[str, Any]:
    """Seconds under the profiler and the share (%) of each of PROFILE_PARTS in them."""
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(  # type: ignore[attr-defined]
        str(stats_file)
    ).stats
    # (file, name) → cumulative seconds; (file, name, caller file, caller name) → seconds of
    # the calls from that caller (pstats keeps them per caller).
    seconds_of: dict[tuple[str, ...], float] = {}
    for (filename, _, function), row in stats.items():
        key = (filename.replace(os.sep, "/"), function)
        seconds_of[key] = seconds_of.get(key, 0.0) + row[3]
        callers = row[4] if len(row) > 4 else {}
        for (caller_file, _, caller), edge in callers.items():
            edge_key = (*key, caller_file.replace(os.sep, "/"), caller)
            seconds_of[edge_key] = seconds_of.get(edge_key, 0.0) + edge[3]
    # The outermost call (the whole build) has the largest cumulative time of any one row.
    total = max((row[3] for row in stats.values()), default=0.0)

    def matches(key: tuple[str, ...], function: _Function) -> bool:
        return len(key) == len(function) and all(
            key[i].endswith(function[i]) if i % 2 == 0 else key[i] == function[i]
            for i in range(len(function))
        )

    facts: dict[str, Any] = {"profiled_s": round(total, 1)}
    for part, alternatives in PROFILE_PARTS.items():
        seconds = 0.0
        for functions in alternatives:
            found = [t for key, t in seconds_of.items() if any(matches(key, f) for f in functions)]
            if found:
                seconds = sum(found)
                break
        facts[f"{part}_pct"] = round(100 * seconds / total, 1) if total else None
    return facts


def profile_build(project: Path, site: Path, env: dict[str, str], label: str) -> dict[str, Any]:
    """The build once more, under cProfile (bench --profile)."""
    stats = project / "build.prof"
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    command = [sys.executable, "-m", "cProfile", "-o", str(stats), mkdocs, "build"]
    command += ["--site-dir", str(site)]
    run = run_child(
        command, cwd=project, env=env, log=project / "profile.log", label=label, watch=site
    )
    facts = run_facts(run)
    if facts["ok"]:
        facts.update(profile_shares(stats))
    shutil.rmtree(site, ignore_errors=True)
    return facts


def profile_line(shares: dict[str, Any]) -> str:
    """The shares of a profile in one line, for the terminal and results.md."""
    parts = ", ".join(
        f"{label} {shares[f'{part}_pct']} %"
        for part, label in PROFILE_LABELS.items()
        if shares.get(f"{part}_pct")  # the bare build has none of our hooks
    )
    return f"under the profiler ({shares['profiled_s']} s): {parts}"
