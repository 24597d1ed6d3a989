"""The command line's arguments: every command with its options and help texts."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from ..data import scaffold
from ..data.messages import LANGUAGES, say
from .check_commands import cmd_check, cmd_check_external
from .data_commands import cmd_format, cmd_generate, cmd_new, cmd_report, cmd_schemas, cmd_validate
from .federation_commands import (
    cmd_federation,
    cmd_federation_assemble,
    cmd_federation_ids,
    cmd_federation_kreis,
    cmd_federation_portal,
)
from .site_commands import cmd_build, cmd_flyers, cmd_publish, cmd_site, cmd_swap
from .translation_commands import cmd_translations

# `lotsenportal federation <file>` (no step named) is the one-machine build.
FEDERATION_STEPS = ("build", "build-kreis", "build-portal", "assemble", "ids")


def with_federation_step(argv: list[str]) -> list[str]:
    if argv[:1] == ["federation"] and (
        len(argv) == 1 or argv[1] not in (*FEDERATION_STEPS, "-h", "--help")
    ):
        return ["federation", "build", *argv[1:]]
    return argv


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data",
        default=os.environ.get("LOTSENPORTAL_DATA", "data"),
        help="Datenordner (Standard: data, oder $LOTSENPORTAL_DATA)",
    )
    common.add_argument("--root", default=".", help="Projektordner mit mkdocs.yml (Standard: .)")
    common.add_argument(
        "--sprache",
        "--language",
        choices=LANGUAGES,
        default=None,
        help="Sprache der Meldungen (Standard: de; en, wenn LANG mit en beginnt)",
    )
    main = argparse.ArgumentParser(
        prog="lotsenportal", description="Lotsenportal: Daten prüfen und Seiten erzeugen."
    )
    commands = main.add_subparsers(dest="command", required=True, metavar="BEFEHL")

    def command(
        name: str, run: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text, parents=[common])
        sub.set_defaults(run=run)
        return sub

    validate_cmd = command("validate", cmd_validate, "Daten prüfen")
    validate_cmd.add_argument(
        "--format",
        choices=["text", "github"],
        default="text",
        help="github: zusätzlich ::error/::warning-Zeilen für GitHub Actions (Anmerkungen an "
        "den geänderten Zeilen)",
    )
    fmt = command(
        "format",
        cmd_format,
        "Datendateien vereinheitlichen: Zeilenenden, BOM, Leerzeichen am Zeilenende, letzte "
        "Zeile (Inhalt und Kommentare bleiben)",
    )
    fmt.add_argument(
        "--check", action="store_true", help="nichts ändern; Dateien nennen, die sich ändern würden"
    )
    fmt.add_argument(
        "--format", choices=["text", "github"], default="text", help="github: ::warning-Zeilen"
    )
    command("generate", cmd_generate, "Seiten aus den Daten nach docs/ schreiben")
    schemas = command("schemas", cmd_schemas, "JSON-Schemas für Editoren erneuern")
    schemas.add_argument("--check", action="store_true", help="nur prüfen, ob sie aktuell sind")
    report_cmd = command(
        "report", cmd_report, "Bericht: veraltete, unveröffentlichte, fehlende Angaben"
    )
    report_cmd.add_argument(
        "--out", default="reports/datenbericht.md", help="Markdown-Datei für den Bericht"
    )
    tr = command(
        "translations",
        cmd_translations,
        "Übersetzungskataloge mit den deutschen Texten abgleichen und ihren Stand zeigen",
    )
    tr.add_argument(
        "action",
        nargs="?",
        choices=["update", "migrate", "stamp"],
        default="update",
        help="migrate: Datenordner im alten Format (Übersetzungen in den Dateien) umstellen; "
        "stamp: übersetzten Seiten (docs/<Sprache>/) den Fingerabdruck der deutschen Seite "
        "eintragen",
    )
    tr.add_argument("--lang", help="bei stamp: nur diese Sprache")
    tr.add_argument(
        "--status", choices=["draft", "reviewed"], help="bei stamp: diesen Stand eintragen"
    )
    tr.add_argument(
        "--check", action="store_true", help="nichts ändern; Fehler, wenn ein Katalog veraltet ist"
    )
    tr.add_argument("--out", default="reports/translations.json", help="JSON-Datei für den Bericht")
    check = command("check", cmd_check, "Qualitätsprüfungen der gebauten Website")
    check.add_argument(
        "gates", nargs="*", help="nur diese Prüfungen (links, html, browser, weight)"
    )
    check.add_argument("--site", default="site", help="gebaute Website (Standard: site)")
    ext = command(
        "check-external", cmd_check_external, "Externe Links prüfen (mit Zwischenspeicher)"
    )
    ext.add_argument("--site", default="site", help="gebaute Website")
    ext.add_argument(
        "--cache", default="reports/external-links-cache.json", help="Zwischenspeicher"
    )
    ext.add_argument("--out", default="reports/external-links.md", help="Bericht (Markdown)")
    pub = command("publish", cmd_publish, "Geprüfte Website atomar in einen Ordner veröffentlichen")
    pub.add_argument("--site", default="site", help="gebaute und geprüfte Website")
    pub.add_argument("--dest", required=True, help="Ziel (wird ein Link auf die neue Fassung)")
    publishing = (
        "für die Veröffentlichung: verlangt die öffentliche https-Adresse (SITE_URL oder url: "
        "in site.yml)"
    )
    bld = command("build", cmd_build, "Seiten erzeugen und die Website bauen, Sprachen parallel")
    bld.add_argument("--site-dir", default="site", help="Zielordner (wird ersetzt)")
    bld.add_argument("--jobs", type=int, default=None, help="Prozesse (Standard: Kerne)")
    bld.add_argument("--publish", action="store_true", help=publishing)
    whole = command(
        "site",
        cmd_site,
        "Website bauen, Links prüfen und mit einem Schritt einsetzen (mit Sperre; wie make site)",
    )
    whole.add_argument("--site", default="site", help="Ordner der Website (Standard: site)")
    whole.add_argument("--jobs", type=int, default=None, help="Prozesse (Standard: Kerne)")
    whole.add_argument("--publish", action="store_true", help=publishing)
    whole.add_argument("--no-link-check", action="store_true", help="Links nicht prüfen")
    swp = command("swap", cmd_swap, "Neu gebaute Website (<site>.next) atomar einsetzen")
    swp.add_argument("--site", default="site", help="Ordner der Website (Standard: site)")
    swp.add_argument("--next", help="neu gebauter Ordner (Standard: <site>.next)")
    fed_text = "Mehrere Kreise: Portal und je Kreis eine Website bauen (auch in Teilen, für CI)"
    fed = commands.add_parser("federation", help=fed_text, description=fed_text)
    steps = fed.add_subparsers(dest="step", required=True, metavar="SCHRITT")

    def step(
        name: str, run: Callable[[argparse.Namespace], int], text: str, *, builds: bool = True
    ) -> argparse.ArgumentParser:
        sub = steps.add_parser(name, help=text, description=text, parents=[common])
        sub.set_defaults(run=run)
        if name != "build-kreis":
            sub.add_argument("file", nargs="?", default="federation.yml", help="Verbund-Datei")
        else:
            sub.add_argument("file", help="Verbund-Datei (z. B. federation.yml)")
            sub.add_argument("kreis", help="Kennung des Kreises (id in der Verbund-Datei)")
        if builds:
            sub.add_argument("--lang", help="nur Deutsch und diese Sprachen (Vorschau), z. B. ar")
            sub.add_argument("--site-url", help="Adresse der Website (Standard: $SITE_URL)")
            sub.add_argument(
                "--cache",
                help="Zwischenspeicher: Teile mit unveränderten Eingaben nicht neu bauen "
                "(make federation: .cache/federation)",
            )
        return sub

    whole_fed = step(
        "build", cmd_federation, "Alles auf einem Rechner (Standard, wenn kein Schritt genannt ist)"
    )
    whole_fed.add_argument("--out", default="site-federation", help="Ordner für die Website")
    whole_fed.add_argument(
        "--jobs", type=int, default=None, help="Builds gleichzeitig (Standard: Kerne)"
    )
    kreis_step = step("build-kreis", cmd_federation_kreis, "Die Website eines Kreises (ein Teil)")
    kreis_step.add_argument("--out", help="Ordner (Standard: federation-parts/kreis-<id>)")
    portal_step = step("build-portal", cmd_federation_portal, "Das Portal (ein Teil)")
    portal_step.add_argument("--out", help="Ordner (Standard: federation-parts/portal)")
    joined = step(
        "assemble",
        cmd_federation_assemble,
        "Portal und Kreise zusammensetzen, Links prüfen, einsetzen",
        builds=False,
    )
    joined.add_argument(
        "--parts", default="federation-parts", help="Ordner mit portal/ und kreis-<id>/"
    )
    joined.add_argument("--out", default="site-federation", help="Ordner für die Website")
    for sub in (whole_fed, joined):
        sub.add_argument(
            "--no-link-check", action="store_true", help="Links nicht prüfen (nur für Messungen)"
        )
    step("ids", cmd_federation_ids, "Kennungen der Kreise als JSON (für CI)", builds=False)
    fly = command("flyers", cmd_flyers, "Flyer aller Projekte und Sprachen als PDF drucken")
    fly.add_argument("--site", default="site", help="gebaute Website")
    fly.add_argument("--out", default="flyer-pdf", help="Ordner für die PDF-Dateien")
    new = command("new", cmd_new, "Neuen Eintrag anlegen (fragt nach, was fehlt)")
    new.add_argument("kind", choices=sorted(scaffold.BLUEPRINTS), help="Art des Eintrags")
    names = sorted({q.name for b in scaffold.BLUEPRINTS.values() for q in b.questions})
    for name in names:
        if name == "published":
            new.add_argument(
                "--published",
                action=argparse.BooleanOptionalAction,
                default=None,
                help=say("ask_published"),
            )
        else:
            new.add_argument(f"--{name}", help=say(f"ask_{name}"))
    new.add_argument(
        "--no-questions",
        action="store_true",
        help="nichts fragen: fehlt eine Pflichtangabe, Fehler; sonst bleibt sie leer (Skripte)",
    )
    return main
