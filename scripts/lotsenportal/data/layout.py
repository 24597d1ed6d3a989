"""What the generator writes into every language folder of docs/ — declared once, for the
page plan (lotsenportal.render.pages), the reserved ids (lotsenportal.data.safety), the translators'
page count (lotsenportal.translations.coverage) and the hooks."""

from __future__ import annotations

# Folders the generator owns inside every language folder of docs/ (and the home page).
# Everything in them is rebuilt from data; hand-written pages live beside them.
GENERATED_DIRS = (
    "einsatzfelder",
    "projekte",
    "orte",
    "kontakte",
    "aktuelles",
    "uebersetzungen",
    "impressum",
    "datenschutz",
    "barrierefreiheit",
    "flyer",
)
GENERATED_FILES = ("index.md",)
LEGAL_PAGES = ("impressum", "datenschutz", "barrierefreiheit")
