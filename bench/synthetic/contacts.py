"""Contact channels and contact records.

The channels of every record kind that has them (organisations, projects, contacts) are
made here, one value for each channel the schema declares (lotsenportal.data.schema.CHANNELS),
by its kind of link, from obviously invented blocks: phone numbers from 06172 9999xxx,
addresses @example.org, web addresses under https://example.org/. A channel added to the
schema is in the invented data at once. The contacts (kontakte/) are built here too: one WIR
coordinator per Kreis's Leitstelle, the rest spread over the projects, a few of them
unpublished (no documented consent yet).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lotsenportal.data.schema import CHANNELS, Channel

from .generator import Generator, Kreis, Project, spread
from .names import SPOKEN, slug
from .phrasebook.roles import ROLES
from .sizes import SOURCE_NOTE
from .yamltext import Flow, Quoted

# The chance of a contact person's phone and e-mail (no website: people have none).
CONTACT_ODDS = {"tel": 0.85, "mailto": 0.9}
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


# The first web channel (the website) is at /<path>; any other at /<path>/<its field>.
_FIRST_WEB = next(channel for channel in CHANNELS if channel.link == "https")


def _value(gen: Generator, channel: Channel, local: str, path: str) -> Any:
    if channel.link == "tel":
        return phone(gen)
    if channel.link == "mailto":
        return email(gen, local)
    return website(path if channel is _FIRST_WEB else f"{path}/{channel.field}")


def channels(
    gen: Generator,
    *,
    local: str,
    path: str,
    odds: Mapping[str, float] | None = None,
    person: bool | None = None,
) -> dict[str, Any]:
    """Values for the declared channels, in declared order: the e-mail's local part `local`,
    the web addresses' path `path`. `odds`: the chance per kind of link (`Channel.link`; a kind
    not named gets no value, and no dice is thrown for it); without, every channel has one.
    `person`: only the channels that reach a person (True) or only the others (False)."""
    found: dict[str, Any] = {}
    for channel in CHANNELS:
        if person is not None and channel.reaches_person is not person:
            continue
        if odds is not None:
            chance = odds.get(channel.link, 0.0)
            if not chance or gen.rng.random() >= chance:
                continue
        found[channel.field] = _value(gen, channel, local, path)
    return found


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
    local = f"{slug(first)}.{slug(last)}"
    record.update(channels(gen, local=local, path=contact_id, odds=CONTACT_ODDS))
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
