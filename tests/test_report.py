"""`make report` tells staff what is stale, unpublished and missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lotsenportal.coverage import coverage
from lotsenportal.dataset import load_dataset
from lotsenportal.languages import Language
from lotsenportal.report import render
from lotsenportal.strings import load_strings

from .conftest import ROOT


def test_report_lists_stale_unpublished_and_missing(
    data_dir: Path, languages: list[Language]
) -> None:
    dataset = load_dataset(data_dir, ["de", "en", "ar"], today=date(2027, 6, 1))
    three = [lang for lang in languages if lang.code in {"de", "en", "ar"}]
    strings = load_strings(ROOT / "overrides/strings", ["de", "en", "ar"])
    rows = coverage(ROOT / "docs", dataset, strings, three)
    text = render(dataset, rows, today=date(2027, 6, 1))
    # Three stale records, and the project that still lists the unpublished contact.
    assert "## Zu prüfen: veraltete Angaben (4)" in text
    assert "- `projekte/beispiel-lotsen.yml:10` – contacts[2]: „max-verborgen“ ist nicht" in text
    assert "- `projekte/beispiel-lotsen.yml:11` – reviewed: Zuletzt geprüft am 15.01.2026" in text
    assert "## Nicht veröffentlicht (1)\n" in text and "- `kontakte/max-verborgen.yml`" in text
    assert (
        "- `organisationen/beispielverein.yml` – keine Kontaktmöglichkeit" not in text
    )  # Erika is listed
    assert "- `projekte/beispiel-lotsen.yml` – how_to_request fehlt" in text
    # Records with texts: en has 2 complete (reviewed, no fingerprint yet) and 4 with gaps.
    assert "| en English | 4 | 0 | 0 | 2 |" in text
    assert "| ar العربية | 6 | 0 | 0 | 0 |" in text
