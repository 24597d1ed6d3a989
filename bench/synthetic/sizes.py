"""The sizes a synthetic data set comes in, and the constants every record shares: the day
all dates are counted from and the note that marks each record as test data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Size:
    """How much to generate. Counts are exact, so tests can check them."""

    name: str
    region: str
    kreise: int
    towns: int
    projects: int
    contacts: int  # published, including one Leitstelle contact per Kreis
    unpublished: int  # contacts without consent: in the files, on no page
    einsatzfelder: int
    news: int


HTK = "htk"  # not generated: a copy of the shipped data folder
SIZES: dict[str, Size] = {
    "mini": Size("mini", "Zwei Beispielkreise (Testdaten)", 2, 6, 3, 7, 1, 3, 2),
    "5kreise": Size("5kreise", "Fünf Beispielkreise (Testdaten)", 5, 80, 29, 145, 3, 8, 5),
    "hessen": Size("hessen", "Hessen (Testdaten)", 26, 420, 150, 750, 15, 10, 12),
}
NAMES = (HTK, *SIZES)

# All dates are relative to this day, not to today: the output must not change with the clock.
BASE_DATE = date(2026, 11, 1)
SOURCE_NOTE = "Erfundene Testdaten (bench.synthetic)"
# What the dice are seeded with, besides size and seed: the module's name before it moved to
# bench/, kept so that a seed gives the data sets it always gave (the tests name their Kreise,
# the benchmark results in README.md were measured on them).
SEED_SALT = "lotsenportal.synthetic"
REQUIRED_TRANSLATIONS = ["was-ist-ein-lotse", "grenzen", "fachkraefte", "mitmachen", "netzwerk"]
