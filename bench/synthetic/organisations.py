"""The organisations (organisationen/): per Kreis its Leitstelle – the schema knows one Kreis
per site, so each Kreis of a shared folder is an organisation `<kreis>-leitstelle` of kind
authority – and a few carriers of its projects; then the Land-wide ministry and service
centre, which every Kreis shares."""

from __future__ import annotations

from typing import Any

from .contacts import channels
from .generator import Generator, Kreis
from .names import CARRIERS, LAND_ORGS
from .phrasebook.site import ORG_CARRIER, ORG_LEITSTELLE
from .sizes import SOURCE_NOTE


def add_organisations(gen: Generator, kreise: list[Kreis], project_counts: list[int]) -> None:
    """Every organisation; a Kreis gets about one carrier per two of its projects, each
    remembered in `Kreis.carriers` for the projects to choose from."""
    for kreis, projects in zip(kreise, project_counts, strict=True):
        leitstelle = gen.unique_id(f"{kreis.slug}-leitstelle")
        gen.write(
            f"organisationen/{leitstelle}.yml",
            {
                "name": f"Landratsamt {kreis.name} – Leitstelle Integration",
                "short_name": f"Leitstelle Integration {kreis.short}",
                "kind": "authority",
                "description": gen.text(ORG_LEITSTELLE, kreis=kreis.name),
                **channels(
                    gen, local=f"integration.{kreis.slug}", path=f"{kreis.slug}/integration"
                ),
                "office_hours": gen.hours(),
                "address": gen.address(kreis),
                "source": SOURCE_NOTE,
            },
            comment=f"The Kreis {kreis.short} is encoded as this organisation.",
            kreis=kreis,
        )
        count = max(1, min(len(CARRIERS), (projects + 1) // 2))
        for carrier_id, name, short in gen.rng.sample(CARRIERS, count):
            town = gen.rng.choice(kreis.towns).name
            org_id = gen.unique_id(f"{kreis.slug}-{carrier_id}")
            full = name.format(kreis=kreis.short, town=town)
            short_name = short.format(kreis=kreis.short, town=town)
            kreis.carriers.append((org_id, full, short_name))
            record: dict[str, Any] = {
                "name": full,
                "short_name": short_name,
                "kind": "carrier",
                "description": gen.text(ORG_CARRIER, name=full),
            }
            local = f"{carrier_id}.{kreis.slug}"
            if gen.rng.random() < 0.8:
                record.update(channels(gen, local=local, path=org_id, person=True))
            if gen.rng.random() < 0.6:
                record.update(channels(gen, local=local, path=org_id, person=False))
            if gen.rng.random() < 0.5:
                record["address"] = gen.address(kreis)
            record["source"] = SOURCE_NOTE
            gen.write(f"organisationen/{org_id}.yml", record, kreis=kreis)
    for org_id, name, short, kind, phrase in LAND_ORGS:
        gen.used_ids.add(org_id)
        gen.write(
            f"organisationen/{org_id}.yml",
            {
                "name": name,
                "short_name": short,
                "kind": kind,
                "description": gen.text(phrase),
                **channels(gen, local=org_id, path=org_id),
                "source": SOURCE_NOTE,
            },
        )
