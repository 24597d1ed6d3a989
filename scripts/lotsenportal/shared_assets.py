"""One `assets/` folder for a whole federation: every Kreis site is built with the theme's
scripts, stylesheets, icons and fonts, and all of them are the same files. When the parts are
put together, the Kreis's files move into the portal's `assets/` (or are dropped when the
portal has the same bytes there) and the Kreis's pages point one folder further up.

- A Kreis shares only when none of its asset files clashes with a different file of the same
  name in the shared folder; otherwise it keeps its own folder whole (and says so). Our own
  stylesheets and fonts carry a hash of their content in their names, so two Kreise never
  clash over a name with different bytes.
- Only references to the Kreis's own `assets/` change: relative ones with exactly as many
  `../` as lead from the page to the Kreis's root, and absolute ones (`/<kreis>/assets/`,
  404 pages). Offline copies keep the assets they hold.
- A built file is never edited in place (the cache hard-links parts into the tree): a changed
  page is written as a new file.
"""

from __future__ import annotations

import functools
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ASSETS = "assets"
_REWRITTEN = (".html", ".css")  # the files outside assets/ that name asset files
_QUOTE = "\"'(="  # what stands before a URL in an attribute, in CSS url(…) or in JSON


@dataclass(frozen=True)
class Sharing:
    kreis: str
    shared: bool
    files: int  # asset files of the Kreis
    reason: str = ""


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


def _rewrite(site: Path, kreis: str) -> None:
    root = site / kreis
    for file in sorted(root.rglob("*")):
        if file.suffix not in _REWRITTEN or not file.is_file():
            continue
        relative = file.relative_to(root)
        if relative.parts[0] == ASSETS:
            continue
        text = file.read_text(encoding="utf-8")
        changed = point_up(text, len(relative.parts) - 1, kreis)
        if changed != text:
            file.unlink()  # a new file, not an edit of a (possibly hard-linked) built one
            file.write_text(changed, encoding="utf-8")


def share(site: Path, kreise: list[str]) -> list[Sharing]:
    """Move the Kreise's assets into `site/assets/` (in this order) and repoint their pages."""
    shared = site / ASSETS
    done: list[Sharing] = []
    for kreis in kreise:
        own = site / kreis / ASSETS
        if not own.is_dir():
            continue
        files = [file for file in sorted(own.rglob("*")) if file.is_file()]
        clash = _clash(own, shared)
        if clash:
            done.append(Sharing(kreis, False, len(files), clash))
            continue
        for file in files:
            target = shared / file.relative_to(own)
            if target.exists():
                file.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                file.rename(target)
        shutil.rmtree(own)
        _rewrite(site, kreis)
        done.append(Sharing(kreis, True, len(files)))
    return done
