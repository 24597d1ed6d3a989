"""The route from a page to a person: never a dead end.

Every project, town, organisation and home page ends with the nearest way to reach someone,
walked from the page's record outwards: project → its carrier → the coordinating office
(site.yml `coordination`) → the Kreis's general enquiries (site.yml `enquiries`). The route
keeps the nearer levels that have only a website and stops at the first level with a phone
number or an e-mail address. Validation makes sure the last level has one
(lotsenportal.data.dataset), so every route ends with a `tel:` or `mailto:` link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..data.dataset import Dataset, route_end
from ..data.schema import Organisation, Project, reachable, reaches_person

Level = Literal["project", "carrier", "organisation", "coordination", "enquiries"]
Folder = Literal["projekte", "organisationen"]


@dataclass(frozen=True)
class Stop:
    """One level of a route: which record, and in which role it appears there."""

    level: Level
    folder: Folder
    id: str


def _model(data: Dataset, stop: Stop) -> Project | Organisation:
    if stop.folder == "projekte":
        return data.projects[stop.id].model
    return data.organisations[stop.id].model


def levels(data: Dataset, start: Stop | None) -> list[Stop]:
    """Every level from `start` (a project or an organisation; None: the site itself) to the
    Kreis's general enquiries, each record once."""
    site = data.site.model
    found: list[Stop] = []
    if start is not None:
        found.append(start)
        if start.folder == "projekte":
            carrier = data.projects[start.id].model.organisation
            found.append(Stop("carrier", "organisationen", carrier))
    found.append(Stop("coordination", "organisationen", site.coordination))
    if site.enquiries is not None:
        found.append(Stop("enquiries", "organisationen", site.enquiries))
    unique: list[Stop] = []
    for stop in found:
        if all((stop.folder, stop.id) != (seen.folder, seen.id) for seen in unique):
            unique.append(stop)
    return unique


def route(data: Dataset, start: Stop | None) -> list[Stop]:
    """The nearest level with a channel that reaches a person (phone, e-mail), after the
    nearer levels that have only other channels (a website); levels with none are left out."""
    shown: list[Stop] = []
    for stop in levels(data, start):
        model = _model(data, stop)
        if reaches_person(model):
            shown.append(stop)
            return shown
        if reachable(model):
            shown.append(stop)
    # Validation guarantees the last level has a phone or an e-mail address.
    raise AssertionError(f"route without phone or e-mail ending at {route_end(data.site.model)}")


def nearest_card(data: Dataset, start: Stop) -> Stop:
    """Whose vCard to offer for `start`: its own when it has a phone, e-mail or website —
    a card with only a name helps nobody — else the first level of its route that has one."""
    return route(data, start)[0]


def routes(data: Dataset) -> dict[tuple[str, str] | None, list[Stop]]:
    """Every route the pages can show, worked out once: per project, per organisation and
    for the site as a whole (None)."""
    table: dict[tuple[str, str] | None, list[Stop]] = {None: route(data, None)}
    for key in data.projects:
        table[("projekte", key)] = route(data, Stop("project", "projekte", key))
    for key in data.organisations:
        table[("organisationen", key)] = route(data, organisation(data, key))
    return table


def organisation(data: Dataset, key: str) -> Stop:
    """An organisation as the start of a route, named by its role for this site."""
    site = data.site.model
    if key == site.coordination:
        return Stop("coordination", "organisationen", key)
    if key == site.enquiries:
        return Stop("enquiries", "organisationen", key)
    if data.organisations[key].model.kind == "carrier":
        return Stop("carrier", "organisationen", key)
    return Stop("organisation", "organisationen", key)
