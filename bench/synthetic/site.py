"""The files of a data folder beside the records: site.yml (region, texts, coordination,
security contact, the translations a page needs) and orte.yml (every invented town)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .generator import Generator, Kreis
from .names import LAND_ORGS
from .phrasebook.site import LINK_DESCRIPTION, LINK_TITLE, SITE_INTRO, SITE_TITLE
from .sizes import BASE_DATE, REQUIRED_TRANSLATIONS


def site_record(gen: Generator, region: str, coordination: str, *, links: bool) -> dict[str, Any]:
    """site.yml of a folder for `region`, coordinated by organisation `coordination`; with
    `links`, one link to a guide for newcomers."""
    record: dict[str, Any] = {
        "region": region,
        "title": gen.text(SITE_TITLE, region=region),
        "intro": gen.prose(SITE_INTRO),
        "coordination": coordination,
    }
    if links:
        record["links"] = [
            {
                "title": gen.text(LINK_TITLE),
                "url": "https://example.org/wegweiser",
                "description": gen.text(LINK_DESCRIPTION),
            }
        ]
    record.update(
        review_after_months=12,
        security_contact="mailto:security@example.org",
        security_expires=BASE_DATE + timedelta(days=330),
        required_translations=list(REQUIRED_TRANSLATIONS),
    )
    return record


def add_site(gen: Generator, kreise: list[Kreis]) -> None:
    """site.yml of the whole region (coordinated by the Land's service centre) and orte.yml."""
    gen.write(
        "site.yml",
        site_record(gen, gen.size.region, LAND_ORGS[1][0], links=True),
        comment=f"{len(kreise)} Kreise; each is an organisation <kreis>-leitstelle.",
    )
    towns = [
        {"id": town.id, "name": town.name, "kind": town.kind}
        for kreis in kreise
        for town in kreis.towns
    ]
    gen.write(
        "orte.yml",
        {"towns": towns},
        comment=f"{len(towns)} invented towns in {len(kreise)} invented Kreise.",
    )
