"""Every way to reach someone is declared once (lotsenportal.data.schema.channels) and reaches
every place a reader or staff meet it: cards, vCards, JSON-LD, the route to a person, the
staff report, the questions of `make new-contact`. Each test runs for every declared channel,
so a channel added to the schema is checked here without a new test."""

from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path
from typing import Any, get_args, get_type_hints

import pytest
import vobject
import yaml

from lotsenportal.build.pipeline import Paths, render
from lotsenportal.data.languages import Language
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.messages import CATALOG
from lotsenportal.data.schema import CHANNELS, MATERIAL_ICONS, Channel, Contact, Reachable
from lotsenportal.data.schema.values import Email, Phone, Url
from lotsenportal.render import channel_links
from lotsenportal.render.report import gaps

from .conftest import ROOT

TODAY = date(2026, 11, 24)
LABELS = yaml.safe_load((ROOT / "overrides/strings/de.yml").read_text(encoding="utf-8"))["labels"]
BY_NAME = {channel.field: channel for channel in CHANNELS}
# The value type a kind of link needs: a tel: link to a web address would dial nothing.
VALUE_TYPE = {"tel": Phone, "mailto": Email, "https": Url}


def example(channel: Channel) -> str:
    """A valid value of the channel: the first example the schema gives editors."""
    examples = Reachable.model_fields[channel.field].examples
    assert examples, f"{channel.field}: the schema gives editors no example"
    return str(examples[0])


def with_only(data_dir: Path, channel: Channel, value: str) -> None:
    """Erika (the fixture's published contact) reachable through `channel` alone."""
    path = data_dir / "kontakte" / "erika-beispiel.yml"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    for other in CHANNELS:
        record.pop(other.field, None)
    record[channel.field] = value
    path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")


def built_with_only(
    channel: Channel, data_dir: Path, languages: list[Language]
) -> tuple[str, dict[str, str]]:
    """The example value of `channel`, and every page built with Erika reachable by it alone."""
    value = example(channel)
    with_only(data_dir, channel, value)
    dataset = load_dataset(data_dir, [lang.code for lang in languages], today=TODAY)
    return value, render(Paths(root=ROOT, data_dir=data_dir), dataset, languages)


def structured_data(page: str) -> dict[str, Any]:
    _, meta, _ = page.split("---\n", 2)
    found = yaml.safe_load(meta)["structured_data"]
    assert isinstance(found, dict)
    return found


def test_the_declaration_lists_phone_email_and_website_in_order() -> None:
    assert [channel.field for channel in CHANNELS][:3] == ["phone", "email", "website"]
    assert {c.field for c in CHANNELS if c.reaches_person} >= {"phone", "email"}
    assert not BY_NAME["website"].reaches_person


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda c: c.field)
def test_a_channel_is_complete(channel: Channel) -> None:
    """Label, icon, example and (when asked for) the question exist for every channel."""
    assert channel.field in LABELS
    assert (MATERIAL_ICONS / f"{channel.icon}.svg").is_file()
    assert channel.field in Contact.model_fields  # every reachable kind has it
    hint = get_type_hints(Reachable, include_extras=True)[channel.field]
    assert VALUE_TYPE[channel.link] in get_args(get_args(hint)[0])  # tel: a Phone, …
    Contact.model_validate(
        {
            "name": "Erika Beispiel",
            "organisation": "beispielverein",
            "role": "Koordinatorin",
            "reviewed": "2026-01-15",
            channel.field: example(channel),
        }
    )
    if channel.asked:
        assert f"ask_{channel.field}" in CATALOG


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda c: c.field)
def test_a_card_shows_the_channel_with_its_icon_label_and_link(
    channel: Channel, data_dir: Path, languages: list[Language]
) -> None:
    value, pages = built_with_only(channel, data_dir, languages)
    page = html.unescape(pages["de/projekte/beispiel-lotsen.md"])
    icon = ":" + channel.icon.replace("/", "-") + ":"
    shown = channel_links.shown(channel, value)
    link = html.unescape(str(channel_links.href(channel, value)))
    card = page.split('class="lp-card lp-contact"', 1)[1].split("</div>", 1)[0]
    assert f'{icon}{{ title="{LABELS[channel.field]}" }} [{shown}]({link})' in card
    others = [":" + c.icon.replace("/", "-") + ":" for c in CHANNELS if c is not channel]
    assert not [icon for icon in others if icon in card]


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda c: c.field)
def test_vcard_and_json_ld_carry_the_channel(
    channel: Channel, data_dir: Path, languages: list[Language]
) -> None:
    value, pages = built_with_only(channel, data_dir, languages)
    machine = channel_links.machine(channel, value)
    card = vobject.readOne(pages["en/kontakte/erika-beispiel.vcf"])
    if channel.vcard is not None:
        lines = card.contents[channel.vcard]
        assert [line.value for line in lines] == [machine]
        if channel.vcard_type is not None:
            assert lines[0].type_param == channel.vcard_type
    points = structured_data(pages["de/projekte/beispiel-lotsen.md"])["contactPoint"]
    if channel.schema_org is not None:
        assert points[0][channel.schema_org] == machine
    else:  # a channel without a schema.org property is left out, not put under another name
        assert machine not in json.dumps(points)


@pytest.mark.parametrize("channel", CHANNELS, ids=lambda c: c.field)
def test_report_and_route_follow_whether_a_channel_reaches_a_person(
    channel: Channel, data_dir: Path, languages: list[Language]
) -> None:
    with_only(data_dir, channel, example(channel))
    dataset = load_dataset(data_dir, [lang.code for lang in languages], today=TODAY)
    erika = [gap for gap in gaps(dataset) if gap.path.endswith("erika-beispiel.yml")]
    assert bool(erika) is not channel.reaches_person
