"""One `assets/` folder for a whole federation: every Kreis site is built with the theme's
scripts, stylesheets, icons and fonts, and all of them are the same files.

- When a Kreis part is built (before it is cached), its pages are pointed one folder further
  up, at the federation's `assets/` (`point_part_up`): relative references with exactly as
  many `../` as lead from the page to the Kreis's root, and absolute ones
  (`/<kreis>/assets/`, 404 pages). Offline copies keep the assets they hold.
- When the parts are put together (`share`), the Kreis's asset files move into the portal's
  `assets/`, or are dropped where the portal has the same bytes. A file that differs from the
  shared one of the same name means parts built from different versions: `share` names it
  and the assembly stops. Our own stylesheets and fonts carry a hash of their content in
  their names, so two Kreise never clash over a name with different bytes.
- A built file is never edited in place (the cache hard-links parts into the tree): a changed
  page is written as a new file.
"""

from __future__ import annotations

import functools
import re
import shutil
from pathlib import Path

ASSETS = "assets"
_REWRITTEN = (".html", ".css")  # the files outside assets/ that name asset files
_QUOTE = "\"'(="  # what stands before a URL in an attribute, in CSS url(…) or in JSON


def _same(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


def _clash(own: Path, shared: Path) -> str:
    for file in sorted(own.rglob("*")):
        if file.is_file():
            other = shared / file.relative_to(own)
            if other.exists() and not (other.is_file() and _same(file, other)):
                return file.relative_to(own).as_posix()
    return ""


@functools.lru_cache(maxsize=64)
def _relative(depth: int) -> re.Pattern[str]:
    """`assets/` behind exactly `depth` times `../`, right after a quote, `(` or `=`."""
    return re.compile(rf"(?<=[{re.escape(_QUOTE)}])((?:\.\./){{{depth}}})assets/")


def _absolute(kreis: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<=[{re.escape(_QUOTE)}])(/(?:[^\s\"'()<>]*/)?){re.escape(kreis)}/assets/"
    )


def point_up(text: str, depth: int, kreis: str) -> str:
    """References to the Kreis's `assets/` in a file `depth` folders below the Kreis's root,
    turned into references to the shared `assets/` one level higher."""
    text = _relative(depth).sub(lambda m: f"{m.group(1)}../assets/", text)
    return _absolute(kreis).sub(lambda m: f"{m.group(1)}assets/", text)


def point_part_up(root: Path, kreis: str) -> int:
    """The pages of a Kreis part (built into `root`) point at the shared `assets/` one level
    above; returns the number of files changed."""
    changed = 0
    for file in sorted(root.rglob("*")):
        if file.suffix not in _REWRITTEN or not file.is_file():
            continue
        relative = file.relative_to(root)
        if relative.parts[0] == ASSETS:
            continue
        text = file.read_text(encoding="utf-8")
        new = point_up(text, len(relative.parts) - 1, kreis)
        if new != text:
            file.unlink()  # a new file, not an edit of a (possibly hard-linked) built one
            file.write_text(new, encoding="utf-8")
            changed += 1
    return changed


def share(site: Path, kreise: list[str]) -> list[str]:
    """Move the Kreise's assets into `site/assets/`; returns the clashes (`<kreis>/assets/<file>`
    differing from the shared file), after which the tree must not be published."""
    shared = site / ASSETS
    clashes: list[str] = []
    for kreis in kreise:
        own = site / kreis / ASSETS
        if not own.is_dir():
            continue
        clash = _clash(own, shared)
        if clash:
            clashes.append(f"{kreis}/{ASSETS}/{clash}")
            continue
        for file in [file for file in sorted(own.rglob("*")) if file.is_file()]:
            target = shared / file.relative_to(own)
            if target.exists():
                file.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                file.rename(target)
        shutil.rmtree(own)
    return clashes
