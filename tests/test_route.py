"""The route to a person (lotsenportal.render.reach), its validation, month-precise "Stand" dates,
vCards that never hold just a name, and links from hand-written pages to project pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel import Locale

from lotsenportal.data.dataset import Dataset
from lotsenportal.data.languages import Language
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.problems import DataError
from lotsenportal.data.schema import Stand
from lotsenportal.render import reach
from lotsenportal.render.pages import DataLinkError, resolve_data_links
from lotsenportal.render.template_env import stand_text

LANGS = ["de", "en", "ar"]
TODAY = date(2026, 11, 24)
PROJECT = reach.Stop("project", "projekte", "beispiel-lotsen")


def _load(data_dir: Path) -> Dataset:
    return load_dataset(data_dir, LANGS, today=TODAY)


def _edit(data_dir: Path, file: str, old: str, new: str) -> None:
    path = data_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _strip_office(data_dir: Path, *, keep_website: bool) -> None:
    """The coordinating office without phone and e-mail (and website)."""
    _edit(data_dir, "organisationen/beispielamt.yml", 'phone: "06172 999-0"\n', "")
    _edit(data_dir, "organisationen/beispielamt.yml", "email: integration@example.org\n", "")
    if not keep_website:
        _edit(
            data_dir,
            "organisationen/beispielamt.yml",
            "website: https://example.org/integration\n",
            "",
        )


def _add_enquiries(data_dir: Path) -> None:
    (data_dir / "organisationen/kreisauskunft.yml").write_text(
        "name: Kreisverwaltung Beispielkreis\nkind: authority\n"
        'phone: "06172 999-1"\nemail: info@example.org\nreviewed: 2020-03\n'
        "source: Beispielzeitung, Hinweis vom März 2020\n",
        encoding="utf-8",
    )
    _edit(
        data_dir,
        "site.yml",
        "coordination: beispielamt\n",
        "coordination: beispielamt\nenquiries: kreisauskunft\n",
    )


def test_the_route_stops_at_the_nearest_phone_or_email(data_dir: Path) -> None:
    data = _load(data_dir)
    # Neither the project nor its carrier can be reached: the coordinating office can.
    assert reach.levels(data, PROJECT) == [
        PROJECT,
        reach.Stop("carrier", "organisationen", "beispielverein"),
        reach.Stop("coordination", "organisationen", "beispielamt"),
    ]
    assert reach.route(data, PROJECT) == [
        reach.Stop("coordination", "organisationen", "beispielamt")
    ]
    assert reach.route(data, None) == reach.route(data, PROJECT)


def test_nearer_levels_with_only_a_website_stay_on_the_route(data_dir: Path) -> None:
    _strip_office(data_dir, keep_website=True)
    _add_enquiries(data_dir)
    _edit(
        data_dir,
        "projekte/beispiel-lotsen.yml",
        "reviewed:",
        "website: https://example.org/lotsen\nreviewed:",
    )
    data = _load(data_dir)
    assert [(s.level, s.id) for s in reach.route(data, PROJECT)] == [
        ("project", "beispiel-lotsen"),
        ("coordination", "beispielamt"),
        ("enquiries", "kreisauskunft"),
    ]
    # The project has a website: its own card. The carrier has nothing: the office's card.
    assert reach.nearest_card(data, PROJECT) == PROJECT
    carrier = reach.organisation(data, "beispielverein")
    assert carrier.level == "carrier"
    assert reach.nearest_card(data, carrier).id == "beispielamt"
    assert reach.organisation(data, "kreisauskunft").level == "enquiries"
    assert set(reach.routes(data)) == {
        None,
        ("projekte", "beispiel-lotsen"),
        ("organisationen", "beispielamt"),
        ("organisationen", "beispielverein"),
        ("organisationen", "kreisauskunft"),
    }


def test_a_route_without_phone_or_email_at_its_end_is_refused(data_dir: Path) -> None:
    _strip_office(data_dir, keep_website=True)
    with pytest.raises(DataError) as caught:
        _load(data_dir)
    errors = [str(p) for p in caught.value.problems.errors]
    assert errors == [
        "site.yml:4:15: coordination: Die letzte Stufe des Wegs zu einer Person, „beispielamt“ "
        "(organisationen/beispielamt.yml), hat weder Telefon noch E-Mail. Sonst endet jede Seite "
        "ohne Anruf- oder Schreibmöglichkeit. Tragen Sie in organisationen/beispielamt.yml phone "
        "oder email ein, oder nennen Sie unter enquiries eine Stelle mit Telefon oder E-Mail "
        "(z. B. die allgemeine Auskunft des Landratsamts)."
    ]
    # The Kreis's general enquiries with a phone number complete the route.
    _add_enquiries(data_dir)
    assert reach.route(_load(data_dir), None)[-1].id == "kreisauskunft"


def test_enquiries_must_name_an_organisation(data_dir: Path) -> None:
    _edit(
        data_dir,
        "site.yml",
        "coordination: beispielamt\n",
        "coordination: beispielamt\nenquiries: landratsamt\n",
    )
    with pytest.raises(DataError) as caught:
        _load(data_dir)
    assert [str(p) for p in caught.value.problems.errors] == [
        "site.yml:5:12: enquiries: Die Organisation „landratsamt“ gibt es nicht (organisationen/)."
    ]


@pytest.mark.parametrize(
    ("written", "stand", "german", "arabic_has"),
    [
        ("2018-07-12", Stand(2018, 7, 12), "12. Juli 2018", "2018"),
        ("2020-03", Stand(2020, 3), "März 2020", "مارس"),
        ("2025", Stand(2025), "2025", "2025"),
    ],
)
def test_a_stand_is_as_precise_as_its_source(
    written: str, stand: Stand, german: str, arabic_has: str
) -> None:
    assert Stand.parse(written) == stand
    assert str(stand) == written
    assert stand_text(stand, Language("de", "Deutsch", default=True)) == german
    assert arabic_has in stand_text(stand, Language("ar", "العربية"))
    assert Locale.parse("ar").character_order == "right-to-left"


def test_a_month_counts_as_old_from_its_last_day() -> None:
    assert Stand(2020, 3).last_day == date(2020, 3, 31)
    assert Stand(2020, 12).last_day == date(2020, 12, 31)
    assert Stand(2024, 2).last_day == date(2024, 2, 29)
    assert Stand(2025).last_day == date(2025, 12, 31)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "2020-13",
            "organisationen/beispielamt.yml:16:11: reviewed: „2020-13“ ist kein gültiges Datum",
        ),
        (
            "März 2020",
            "organisationen/beispielamt.yml:16:11: reviewed: Ein Stand wird als JJJJ-MM-TT",
        ),
        (
            "2999-01",
            "organisationen/beispielamt.yml:16:11: reviewed: Das Datum 2999-01 liegt in der Zukunft",
        ),
    ],
)
def test_a_wrong_stand_is_explained(data_dir: Path, value: str, message: str) -> None:
    office = data_dir / "organisationen/beispielamt.yml"
    office.write_text(office.read_text(encoding="utf-8") + f"reviewed: {value}\n", "utf-8")
    with pytest.raises(DataError) as caught:
        _load(data_dir)
    errors = [str(p) for p in caught.value.problems.errors]
    assert len(errors) == 1 and errors[0].startswith(message), errors


def test_an_old_month_is_a_warning_naming_the_month(data_dir: Path) -> None:
    office = data_dir / "organisationen/beispielamt.yml"
    office.write_text(office.read_text(encoding="utf-8") + "reviewed: 2020-03\n", "utf-8")
    warnings = [str(w) for w in _load(data_dir).warnings]
    assert any(
        "beispielamt.yml:16:11: Warnung: reviewed: Zuletzt geprüft am 2020-03" in w
        for w in warnings
    )


def test_hand_written_pages_link_projects_that_exist_else_the_list() -> None:
    text = (
        '- [Verein e. V.](lp:projekt/beispiel-lotsen)\n- [Anderer](lp:projekt/fehlt){ dir="ltr" }\n'
    )
    assert resolve_data_links(text, "", {"beispiel-lotsen"}) == (
        '- [Verein e. V.](projekte/beispiel-lotsen.md)\n- [Anderer](projekte/index.md){ dir="ltr" }\n'
    )
    assert "(../projekte/beispiel-lotsen.md)" in resolve_data_links(
        text, "einsatzfelder", {"beispiel-lotsen"}
    )
    with pytest.raises(DataLinkError, match="lp:kontakt/erika"):
        resolve_data_links("[Erika](lp:kontakt/erika)", "", set())
