"""`make bench`: how long each step takes for data sets of growing size, on this machine.

    python -m bench [--sizes htk,5kreise,hessen,hessen-federation] [--out …]

For each size (bench.synthetic) the data is generated into a temporary folder – German
data files and a gettext catalog per language (locale/<lang>/LC_MESSAGES/data.po) – and
each step is measured on its own:

validate   load + validate in this process, catalogs included
           (lotsenportal.build.pipeline.validate)
generate   render every page and write the Markdown into docs/<lang>/… of a copy of the
           project (lotsenportal.build.pipeline.render + generate.write_pages), as the
           data_pages hook does
build      `mkdocs build` of that copy (`--strict` on request), in a fresh child process:
           wall time, pages/s (index.html files written per second), the child's peak RSS
           (wait4), CPU time, output size, HTML file count and warnings. The hooks run as in
           `make site`, so this includes one more render pass inside the build (the pages are
           unchanged and not written again)
links      the internal link and anchor check (lotsenportal.checks.gates.links, lychee) on
           the result
parallel   `lotsenportal build` as `make site` runs it: generation, then one `mkdocs build` per
           part of the languages, one part per core, merged into one site
           (lotsenportal.build.parallel)
profile    with --profile: the build once more under cProfile, and the share of its time in
           page rendering (Markdown in `Page.render` + the Jinja templates of pages and theme
           pages, without the plugin events around them; the bare build is profiled too), in
           mkdocs-static-i18n's per-language file bookkeeping (`reconfigure_files`, alternates
           included), in listing the theme's files (`add_files_from_theme`) and in each of our
           hooks; the profiler slows the build, so these are shares, not times
bare       the same generated Markdown built by bare MkDocs + Material: same i18n languages,
           theme features, Markdown extensions and nav, but no hooks, no overrides (only
           Material's missing UI-string partials for ps/ti/so, without which it cannot build),
           no extra CSS. ours / bare shows what our hooks and templates cost.

Results go to a JSON file with the machine's facts, and a Markdown table to the terminal and
next to the JSON file (bench/results.md).

A size with the suffix `-federation` (e.g. `hessen-federation`) is the same data written as
one folder per Kreis and built with `lotsenportal federation`: every Kreis its own site,
built side by side (one process per core), plus the portal. Its build row is the whole
command; there is no bare comparison for it.

The modules:

    cli        `python -m bench` (`main`): the options, each size in a temporary folder
    sizes      one size, step by step (data, validate, generate, build, links, parallel, bare)
    runs       progress lines, timing, child processes measured alone
    bare       the bare MkDocs + Material project for the comparison
    profiling  the build under cProfile and the shares of its time
    hostile    `--sizes hostile`: validating hostile files in a fresh process each
    report     the machine's facts, the tables, results.md
"""

from .cli import main

__all__ = ["main"]
