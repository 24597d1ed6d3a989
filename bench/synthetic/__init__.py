"""Realistic synthetic data folders, for benchmarks and tests: same seed, same bytes.

    python -m bench.synthetic hessen /tmp/hessen-daten [--seed 1] [--federation]

A generated folder has exactly the layout of `data/` (schema line on top of every file,
`schemas/` for the editor, site.yml, orte.yml and one file per record) and passes
`lotsenportal validate`. Sizes (sizes.py):

    htk      a copy of the shipped data/ folder (the real Hochtaunuskreis)
    mini     2 Kreise, a handful of records (for fast tests)
    5kreise  5 Kreise, ~30 projects, ~150 contacts, 80 towns
    hessen   26 Kreise, 150 projects, 750 published contacts, 420 towns (a whole Land)

The schema knows one Kreis per site, so several Kreise share one folder: each Kreis is an
organisation (`<kreis>-leitstelle`, kind authority) with its own carriers, projects, contacts
and towns, all with ids prefixed by the Kreis's slug (`falkental-oberlindenbach`). With
`federation=True` the same data is written as one folder per Kreis, with federation.yml.

Everything is invented: Kreis, town and person names are made up from syllables, e-mail
addresses are @example.org, phone numbers come from the range 06172 9999xxx, and every
record's `source` says it is test data. As in the real data, the data files hold the German
texts and each folder has a gettext catalog per configured language,
`locale/<lang>/LC_MESSAGES/data.po`, in the layout `make translations` writes (contexts as
lotsenportal.translations.catalogs.record_sources makes them). The phrase book covers most of
the languages of mkdocs.yml; its translations are filled in with every state a catalog
knows: mostly drafts, some reviewed, some outdated (fuzzy, with the earlier German as
previous msgid). A few records lack some languages on purpose, so German fallbacks are
exercised.

The modules, in the order a data set is made:

    sizes          the sizes, the base date and the test-data note
    phrasebook/    every translatable text, in the languages of mkdocs.yml
    names          word lists for invented names, `slug`
    yamltext       YAML written as staff write it
    generator      one run's state and dice, and what every builder shares
    organisations  Leitstellen, carriers, Land-wide organisations
    projects       Einsatzfelder and projects
    contacts       contact channels (phone, e-mail, website) and the contact records
    news           news items
    site           site.yml and orte.yml
    federation     the layout of one folder per Kreis and federation.yml
    translations   the data catalogs
    folders        `generate`, `build` (the order of the builders), `count_records`
    cli            `python -m bench.synthetic`
"""

from .cli import main
from .folders import count_records, generate
from .sizes import BASE_DATE, HTK, NAMES, SIZES, SOURCE_NOTE, Size

__all__ = [
    "BASE_DATE",
    "HTK",
    "NAMES",
    "SIZES",
    "SOURCE_NOTE",
    "Size",
    "count_records",
    "generate",
    "main",
]
