"""The news items (aktuelles/): the kinds of the phrase book in turn, each in a Kreis and one
of its towns, dated back from BASE_DATE about every three weeks."""

from __future__ import annotations

from datetime import timedelta

from lotsenportal.data.languages import SOURCE

from .generator import Generator, Kreis
from .names import slug
from .phrasebook.news import NEWS
from .sizes import BASE_DATE, SOURCE_NOTE


def add_news(gen: Generator, kreise: list[Kreis]) -> None:
    for index in range(gen.size.news):
        kind = NEWS[index % len(NEWS)]
        kreis = gen.rng.choice(kreise)
        town = gen.rng.choice(kreis.towns).name
        day = BASE_DATE - timedelta(days=index * 23 + gen.rng.randrange(0, 20))
        fields = {"kreis": kreis.name, "town": town, "count": gen.rng.randrange(6, 25)}
        # The second news item is only in German and English (German fallback elsewhere).
        langs = [SOURCE, "en"] if index == 1 else None
        title = gen.text(kind.title, langs, **fields)
        news_id = gen.unique_id(f"{day.isoformat()}-{slug(title[SOURCE])}"[:60].rstrip("-"))
        gen.write(
            f"aktuelles/{news_id}.yml",
            {
                "date": day,
                "title": title,
                "summary": gen.text(kind.summary, langs, **fields),
                "body": gen.prose(kind.body, langs, **fields),
                "source": SOURCE_NOTE,
            },
            kreis=kreis,
        )
