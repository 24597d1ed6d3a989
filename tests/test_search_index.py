"""Each language's search index holds that language's pages and names the German index for
German words, instead of carrying a copy of it (lotsenportal.site.search_index; the browser side is
tests/test_browser_search.py)."""

from __future__ import annotations

import json
from pathlib import Path

from lotsenportal.data.languages import Language
from lotsenportal.site.search_index import FALLBACK_BOOST, FALLBACK_KEY, INDEX, german_label


def test_every_language_index_names_the_german_one_and_holds_no_copy(
    site: Path, languages: list[Language]
) -> None:
    german = json.loads((site / INDEX).read_text(encoding="utf-8"))
    assert FALLBACK_KEY not in german["config"]
    assert german["docs"]
    for lang in languages:
        if lang.default:
            continue
        file = site / lang.prefix / INDEX
        index = json.loads(file.read_text(encoding="utf-8"))
        fallback = index["config"][FALLBACK_KEY]
        assert (file.parent / fallback["index"]).resolve() == (site / INDEX).resolve()
        assert fallback == {
            "index": fallback["index"],
            "up": "../",
            "label": german_label(lang),
            "boost": FALLBACK_BOOST,
        }
        assert index["docs"], lang.code
        assert not [d for d in index["docs"] if d["location"].startswith("../")], lang.code
