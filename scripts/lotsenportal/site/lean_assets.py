"""What the site ships of the theme's scripts: only what a reader's browser can load.

- Source maps (`*.js.map`, 1.2 MB) only serve a developer's browser tools; they are left out,
  and so is the `sourceMappingURL` comment that names them (no tool then asks for a file that
  is not there).
- Search loads lunr's language support for the languages its indexes name (Material's worker:
  `min/lunr.<lang>.min.js`, `min/lunr.multi.min.js` and `min/lunr.stemmer.support.min.js`,
  `tinyseg.js` for Japanese, `wordcut.js` for Hindi and Thai). The files for every other
  language (wordcut.js alone is 677 KB) are left out.

Runs on the built site after the search indexes are written; reads the indexes, never guesses.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

JAVASCRIPTS = Path("assets/javascripts")
LUNR = JAVASCRIPTS / "lunr"
_MAP_COMMENT = re.compile(rb"\n?//# sourceMappingURL=[^\n]*\n?$")
# Material's worker: which extra files a language needs besides min/lunr.<lang>.min.js.
_EXTRA = {"ja": "tinyseg.js", "hi": "wordcut.js", "th": "wordcut.js"}
_ALWAYS = ("min/lunr.stemmer.support.min.js", "min/lunr.multi.min.js")


def search_languages(site: Path) -> set[str]:
    """Every language any search index of the site names in its `config.lang`."""
    found: set[str] = set()
    for index in sorted(site.rglob("search/search_index.json")):
        config = json.loads(index.read_text(encoding="utf-8")).get("config", {})
        found.update(lang for lang in config.get("lang", []) if isinstance(lang, str))
    return found


def lunr_files_needed(languages: set[str]) -> set[str]:
    """The files under lunr/ the search worker loads for these languages."""
    needed = set(_ALWAYS)
    for lang in languages:
        if lang in _EXTRA:
            needed.add(_EXTRA[lang])
        if lang != "en":
            needed.add(f"min/lunr.{lang}.min.js")
    return needed


def trim_scripts(site: Path) -> list[str]:
    """Leave out source maps and unused lunr files; the paths removed, relative to the site."""
    removed: list[Path] = []
    scripts = site / JAVASCRIPTS
    for source_map in sorted(scripts.rglob("*.js.map")):
        script = source_map.with_suffix("")
        if script.is_file():
            script.write_bytes(_MAP_COMMENT.sub(b"\n", script.read_bytes()).rstrip(b"\n") + b"\n")
        source_map.unlink()
        removed.append(source_map)
    lunr = site / LUNR
    if lunr.is_dir():
        needed = lunr_files_needed(search_languages(site))
        for file in sorted(lunr.rglob("*.js")):
            if file.relative_to(lunr).as_posix() not in needed:
                file.unlink()
                removed.append(file)
    return [path.relative_to(site).as_posix() for path in removed]
