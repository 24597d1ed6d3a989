"""Invented names: word lists that Kreis, town, street and person names are made of, the
carriers a Kreis may have and the Land-wide organisations, and `slug` (an id as staff write
it). Nothing here names a real place or person."""

from __future__ import annotations

import re

from .phrasebook.site import ORG_MINISTRY, ORG_NETWORK

KREIS_STEMS = [
    "Adler", "Biber", "Dachs", "Eber", "Falken", "Fuchs", "Hirsch", "Kranich", "Luchs",
    "Marder", "Otter", "Raben", "Reiher", "Schwan", "Sperber", "Storch", "Wiesel", "Wolfs",
    "Bären", "Hasen", "Igel", "Lerchen", "Milan", "Specht", "Eulen", "Habicht", "Elster",
    "Kauz", "Iltis", "Hermelin",
]  # fmt: skip
KREIS_SUFFIXES = ["gau", "tal", "höhe", "land", "wald", "grund", "mark"]
TOWN_PREFIXES = ["Ober", "Nieder", "Unter", "Groß", "Klein", "Alt", "Neu"]
TOWN_STEMS = [
    "Linden", "Buchen", "Eichen", "Erlen", "Birken", "Tannen", "Wiesen", "Stein", "Fels",
    "Rosen", "Mühl", "Brunn", "Sonnen", "Kirch", "Burg", "Wald", "Moos", "Heide", "Hasel",
    "Fuchs", "Dachs", "Reh", "Hirsch", "Falken", "Raben", "Kranich", "Otter", "Biber",
    "Weiden", "Ulmen", "Ahorn", "Holder", "Hopfen", "Korn", "Gersten", "Hafer", "Lerchen",
    "Finken", "Meisen", "Schwalben",
]  # fmt: skip
TOWN_SUFFIXES = [
    "bach", "feld", "hausen", "heim", "dorf", "au", "rode", "born", "weiler", "stadt",
    "berg", "tal", "hain", "brück", "furt", "grund", "hof", "roth", "wiesen", "ingen",
]  # fmt: skip
TOWN_QUALIFIERS = [" am Main", " an der Lahn", " im Grund", " v. d. Höhe", " (Taunus)"]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Lindenweg", "Am Markt", "Ringstraße"]
FIRST_NAMES_F = [
    "Anna", "Maria", "Fatma", "Amal", "Olena", "Sara", "Leyla", "Miriam", "Katrin", "Aylin",
    "Nadia", "Irina", "Helin", "Julia", "Samira", "Elif", "Hanna", "Rahel", "Zeynep", "Mona",
    "Ayan", "Lina", "Tetiana", "Petra", "Shirin", "Ioana", "Claire", "Hiwet", "Parwana",
]  # fmt: skip
FIRST_NAMES_M = [
    "Ahmad", "Jonas", "Mehmet", "Yusuf", "Andrii", "Thomas", "Omid", "Karim", "Lukas",
    "Tesfay", "Hamid", "Stefan", "Mustafa", "Dmytro", "Farid", "Daniel", "Abdi", "Murat",
    "Sami", "Michael", "Bashir", "Jean", "Mihai", "Reza", "Emre", "Felix", "Yonas", "Ali",
]  # fmt: skip
SURNAME_STARTS = [
    "Linden", "Sonn", "Birk", "Wald", "Stein", "Feld", "Rosen", "Berg", "Brunn", "Hasel",
    "Mühl", "Eich", "Kessel", "Wiesen", "Hopf", "Tann", "Dorn", "Lerch", "Falk", "Kranz",
]  # fmt: skip
SURNAME_ENDS = [
    "kamp", "meier", "huber", "berger", "hagen", "wirth", "rath", "bach", "mann", "inger",
    "holt", "stedt", "ler", "ner", "hofer", "beck", "brink", "reuther",
]  # fmt: skip
CARRIERS = [  # (id, full name, short name); {kreis} and {town} are filled in
    ("lotsenbruecke", "Lotsenbrücke {kreis} e. V.", "Lotsenbrücke {kreis}"),
    ("nachbarschaftshilfe", "Nachbarschaftshilfe {town} e. V.", "Nachbarschaftshilfe {town}"),
    ("freiwilligenzentrum", "Freiwilligenzentrum {town}", "Freiwilligenzentrum {town}"),
    ("migrationsdienst", "Migrationsdienst {kreis} gGmbH", "Migrationsdienst {kreis}"),
    ("familienzentrum", "Familienzentrum {town} e. V.", "Familienzentrum {town}"),
    ("buergerstiftung", "Bürgerstiftung {town}", "Bürgerstiftung {town}"),
]
# Land-wide organisations: (id, name, short name, kind, description); the second coordinates.
LAND_ORGS = [
    (
        "sozialministerium",
        "Ministerium für Soziales und Zusammenhalt",
        "Sozialministerium",
        "ministry",
        ORG_MINISTRY,
    ),
    (
        "servicestelle-lotsen",
        "Landesservicestelle Integrationslotsen",
        "Servicestelle Lotsen",
        "network",
        ORG_NETWORK,
    ),
]
SPOKEN = ["ar", "fa", "ps", "tr", "ru", "uk", "ti", "so", "fr", "ro", "en", "ku", "ku", "sq"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]


def slug(text: str) -> str:
    """An id as staff write it: ä → ae, ö → oe, ü → ue, ß → ss, everything else to dashes."""
    text = text.lower()
    for old, new in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(old, new)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
