"""Contact channels and contact records.

The channels – phone, e-mail, website – of every record kind that has them (organisations,
projects, contacts) are made here, from obviously invented blocks: phone numbers from
06172 9999xxx, addresses @example.org, websites under https://example.org/. The contacts
(kontakte/) are built here too: one WIR coordinator per Kreis's Leitstelle, the rest spread
over the projects, a few of them unpublished (no documented consent yet).
"""

from __future__ import annotations

from typing import Any

from .generator import Generator, Kreis, Project, spread
from .names import SPOKEN, slug
from .phrasebook.roles import ROLES
from .sizes import SOURCE_NOTE
from .yamltext import Flow, Quoted

# Roles of the contacts a project has besides its coordinator.
PROJECT_ROLES = ["sozialarbeit", "ehrenamt", "lotse", "lotse", "projektleitung"]

# -- channels ----------------------------------------------------------------------------------


def phone(gen: Generator) -> Quoted:
    """Numbers from one obviously invented block; shared office numbers are realistic."""
    gen.phone_counter += 1
    return Quoted(f"06172 9999{gen.phone_counter % 1000:03d}")


def email(gen: Generator, local: str) -> str:
    """An @example.org address, with a number added if `local` is taken."""
    candidate, number = local, 2
    while candidate in gen.emails:
        candidate, number = f"{local}{number}", number + 1
    gen.emails.add(candidate)
    return f"{candidate}@example.org"


def website(path: str) -> str:
    return f"https://example.org/{path}"


# -- contacts ----------------------------------------------------------------------------------


def add_contact(
    gen: Generator, kreis: Kreis, organisation: str, role: str, *, published: bool = True
) -> str:
    """One contact person of `organisation`, written to kontakte/; returns the id."""
    first, last, gender = gen.person()
    contact_id = gen.unique_id(f"{kreis.slug}-{slug(first)}-{slug(last)}")
    record: dict[str, Any] = {
        "name": f"{first} {last}",
        "organisation": organisation,
        "role": gen.text(ROLES[role][gender]),
    }
    if gen.rng.random() < 0.85:
        record["phone"] = phone(gen)
    if gen.rng.random() < 0.9:
        record["email"] = email(gen, f"{slug(first)}.{slug(last)}")
    spoken = sorted(set(gen.rng.sample(SPOKEN, gen.rng.randrange(0, 4))))
    record["languages"] = Flow(["de", *(code for code in spoken if code != "de")])
    if gen.rng.random() < 0.2:
        record["office_hours"] = gen.hours(with_note=False)
    record["published"] = published
    record["reviewed"] = gen.reviewed()
    record["source"] = SOURCE_NOTE
    comment = None if published else "No documented consent yet: must appear nowhere."
    gen.write(f"kontakte/{contact_id}.yml", record, comment=comment, kreis=kreis)
    return contact_id


def add_contacts(gen: Generator, kreise: list[Kreis], projects: list[Project]) -> None:
    """Every contact: one WIR coordinator per Leitstelle, the rest spread over the projects
    (each a coordinator first), and the unpublished ones; each project's record lists its
    contacts afterwards."""
    size, rng = gen.size, gen.rng
    for kreis in kreise:
        add_contact(gen, kreis, f"{kreis.slug}-leitstelle", "wir")
    per_project = spread(size.contacts - size.kreise, len(projects), rng, minimum=1)
    hidden = [0] * len(projects)
    for _ in range(size.unpublished):
        hidden[rng.randrange(len(projects))] += 1
    for project, count, secret in zip(projects, per_project, hidden, strict=True):
        kreis, carrier = project.kreis, project.carrier
        ids = [add_contact(gen, kreis, carrier, "koordination")]
        ids += [
            add_contact(gen, kreis, carrier, rng.choice(PROJECT_ROLES)) for _ in range(count - 1)
        ]
        ids += [add_contact(gen, kreis, carrier, "lotse", published=False) for _ in range(secret)]
        project.record["contacts"] = ids
