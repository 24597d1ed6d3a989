"""The Einsatzfelder (einsatzfelder/, shared by every Kreis) and the projects (projekte/):
which towns each project serves, its carrier, texts, channels and office hours. A project's
contacts are added by `contacts.add_contacts`, after which its file is written."""

from __future__ import annotations

from typing import Any

from .contacts import channels
from .generator import Generator, Kreis, Project
from .names import slug
from .phrasebook import Texts
from .phrasebook.felder import FELD_INTRO, FELD_LIMITS, FELDER
from .phrasebook.projects import HOW_TO_REQUEST, PROJECT_SUMMARY, PROJECT_TITLE
from .sizes import SOURCE_NOTE
from .yamltext import paragraphs

# The chance of a project's phone, e-mail and web addresses (Channel.link of each channel).
PROJECT_ODDS = {"tel": 0.8, "mailto": 0.8, "https": 0.5}


def add_einsatzfelder(gen: Generator) -> list[str]:
    """The first `size.einsatzfelder` Einsatzfelder of the phrase book; returns their ids."""
    felder = FELDER[: gen.size.einsatzfelder]
    for index, feld in enumerate(felder):
        gen.used_ids.add(feld.id)
        gen.write(
            f"einsatzfelder/{feld.id}.yml",
            {
                "title": gen.text(feld.title),
                "summary": gen.text(feld.summary),
                "description": Texts(
                    {
                        lang: paragraphs(
                            [f"{FELD_INTRO[lang]} {feld.summary[lang]}", FELD_LIMITS[lang]]
                        )
                        for lang in gen.languages
                    }
                ),
                "icon": feld.icon,
                "order": (index + 1) * 10,
            },
        )
    return [feld.id for feld in felder]


def plan_projects(
    gen: Generator, kreise: list[Kreis], counts: list[int], felder: list[str]
) -> list[Project]:
    """Plan the projects of every Kreis (contacts are added later)."""
    rng = gen.rng
    projects: list[Project] = []
    for kreis, count in zip(kreise, counts, strict=True):
        order = rng.sample(kreis.towns, len(kreis.towns))
        served: list[list[str]] = [[town.id] for town in order[:count]]
        for town in order[count:]:
            if rng.random() < 0.92:  # the rest: not yet recorded for any project
                served[rng.randrange(count)].append(town.id)
        for index in range(count):
            if count > 1 and rng.random() < 0.1:  # a town served by two projects
                other = rng.choice([i for i in range(count) if i != index])
                if order[index].id not in served[other]:
                    served[other].append(order[index].id)
        position = {town.id: number for number, town in enumerate(kreis.towns)}
        for index in range(count):
            carrier_id, carrier, _ = rng.choice(kreis.carriers)
            home = order[index]
            project_id = gen.unique_id(f"{kreis.slug}-lotsen-{slug(home.name)}")
            # Every tenth project is not translated into Tigrinya and Somali yet.
            langs = [
                code
                for code in gen.languages
                if len(projects) % 10 != 9 or code not in ("ti", "so")
            ]
            parts = sorted(rng.sample(range(len(PROJECT_SUMMARY)), rng.choice([2, 2, 3])))
            record: dict[str, Any] = {
                "title": gen.text(PROJECT_TITLE, langs, name=home.name),
                "organisation": carrier_id,
                "summary": gen.sentences(
                    [PROJECT_SUMMARY[i] for i in parts], langs, town=home.name, carrier=carrier
                ),
            }
            if rng.random() < 0.7:
                record["how_to_request"] = gen.text(rng.choice(HOW_TO_REQUEST), langs)
            if rng.random() < 0.9:
                chosen = rng.sample(felder, rng.randrange(1, min(6, len(felder)) + 1))
                record["einsatzfelder"] = sorted(chosen, key=felder.index)
            if rng.random() < 0.95:  # a few projects do not say yet which towns they serve
                record["towns"] = sorted(served[index], key=position.__getitem__)
            record["contacts"] = []  # filled in when the contacts exist
            local = f"lotsen.{project_id}"
            record.update(channels(gen, local=local, path=project_id, odds=PROJECT_ODDS))
            if rng.random() < 0.3:
                record["office_hours"] = gen.hours()
            record["reviewed"] = gen.reviewed()
            record["source"] = SOURCE_NOTE
            projects.append(Project(kreis, project_id, carrier_id, record))
    return projects


def write_projects(gen: Generator, projects: list[Project]) -> None:
    """The project files, once `contacts.add_contacts` has listed their contacts."""
    for project in projects:
        gen.write(f"projekte/{project.id}.yml", project.record, kreis=project.kreis)
