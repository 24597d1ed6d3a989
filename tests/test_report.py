"""`make report` tells staff what is stale, unpublished and missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lotsenportal.dataset import load_dataset
from lotsenportal.report import render


def test_report_lists_stale_unpublished_and_missing(data_dir: Path) -> None:
    dataset = load_dataset(data_dir, ["de", "en", "ar"], today=date(2027, 6, 1))
    text = render(dataset, ["de", "en", "ar"], today=date(2027, 6, 1))
    assert "## Zu prüfen: veraltete Angaben (3)" in text
    assert "- `projekte/beispiel-lotsen.yml:15` – reviewed: Zuletzt geprüft am 15.01.2026" in text
    assert "## Nicht veröffentlicht (1)\n" in text and "- `kontakte/max-verborgen.yml`" in text
    assert (
        "- `organisationen/beispielverein.yml` – keine Kontaktmöglichkeit" not in text
    )  # Erika is listed
    assert "- `projekte/beispiel-lotsen.yml` – how_to_request fehlt" in text
    assert "| en | 2 / 6 | 0 | 2 | 6 |" in text
    assert "| ar | 0 / 6 | 0 | 0 | 12 |" in text
