"""The phrase book: every translatable text of the synthetic data, in the languages of
mkdocs.yml (PHRASE_LANGS, in that order). Proper names (towns, organisations) stay as written,
as in the real data. The German text goes into the data file, the others into the catalogs.

This module holds what all parts share: the languages, `phrase` (one text in each of them)
and `Texts` (a text of a record, filled in). The texts themselves are in the modules beside
it: `site` (the site, its link, the organisations), `projects` (projects, office hours),
`roles` (contacts' roles), `felder` (Einsatzfelder) and `news` (aktuelles/).
"""

from __future__ import annotations

PHRASE_LANGS = ("de", "en", "ar", "fa", "ps", "uk", "ru", "tr", "ti", "so", "fr", "ro")
Phrase = dict[str, str]


class Texts(dict[str, str]):
    """One text of a record in several languages: German to the data file, the others to the
    catalogs (federation.yml keeps them per language in the file itself)."""


def phrase(*texts: str) -> Phrase:
    """One text in every language of PHRASE_LANGS, given in that order."""
    return dict(zip(PHRASE_LANGS, texts, strict=True))
