"""Command line for staff, CI and the Makefile: `lotsenportal <command> [--data DIR]`."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .build import federation, federation_parts, parallel
from .build.pipeline import Paths, generate, validate
from .build.publish import check_built_for, remove, site_lock, swap
from .checks import gates
from .data import fileformat, scaffold
from .data.dataset import Dataset, handwritten_pages
from .data.languages import Language, from_mkdocs_yml
from .data.loading import load_dataset
from .data.messages import LANGUAGES, say, set_language
from .data.problems import DataError, Problem, Severity
from .data.site_address import Address, PublishError, build_address
from .render import editor_schemas, report
from .site import reproducible
from .translations import catalog_sync, catalogs, coverage
from .translations.strings import load_strings
from .translations.translation import stamp_all


def _annotation(problem: Problem, data_dir: Path) -> str:
    """A GitHub Actions workflow command, so the problem shows on the changed line of a PR."""
    file = os.path.relpath(data_dir / problem.path, Path.cwd())
    level = "error" if problem.severity is Severity.ERROR else "warning"
    message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    file = file.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
    return f"::{level} file={file},line={problem.line},col={problem.column}::{message}"


# `validate --format github`: annotations even outside GitHub Actions (and in tests).
_GITHUB = {"on": False}


def _print(problems: list[Problem], data_dir: Path) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
    if _GITHUB["on"] or os.environ.get("GITHUB_ACTIONS") == "true":
        for problem in problems:
            print(_annotation(problem, data_dir))


def _summary(dataset: Dataset) -> str:
    return say(
        "summary",
        projects=len(dataset.projects),
        contacts=len(dataset.contacts),
        felder=len(dataset.einsatzfelder),
        towns=len(dataset.towns),
        news=len(dataset.news),
    )


def _checked(run: Callable[[], Dataset], data_dir: Path) -> int:
    """Run a data step; on data errors print every problem and return 1, never a traceback."""
    try:
        dataset = run()
    except DataError as err:
        _print(err.problems.errors + err.problems.warnings, data_dir)
        print(say("failed", count=len(err.problems.errors)), file=sys.stderr)
        return 1
    _print(dataset.warnings, data_dir)
    print(say("ok", summary=_summary(dataset), warnings=len(dataset.warnings)))
    return 0


def _checked_data(args: argparse.Namespace) -> tuple[Dataset, list[Language]] | None:
    """The valid dataset and the site's languages; None after printing every data problem."""
    languages = from_mkdocs_yml(args.paths.root / "mkdocs.yml")
    try:
        return validate(args.paths, languages), languages
    except DataError:
        cmd_validate(args)
        return None


def cmd_validate(args: argparse.Namespace) -> int:
    return _checked(
        lambda: validate(args.paths, from_mkdocs_yml(args.paths.root / "mkdocs.yml")),
        args.paths.data_dir,
    )


def cmd_format(args: argparse.Namespace) -> int:
    """`make format`: line endings, BOM, trailing spaces and the final newline of the data
    files; `--check` changes nothing and names the files `make format` would change."""
    data_dir = args.paths.data_dir
    changed = fileformat.format_data(data_dir, check=args.check)
    for path in changed:
        shown = os.path.relpath(path, Path.cwd())
        if args.check:
            message = say("format_needed")
            print(f"{shown}: {say('warning')}: {message}", file=sys.stderr)
            if args.format == "github" or os.environ.get("GITHUB_ACTIONS") == "true":
                escaped = message.replace("%", "%25").replace("\n", "%0A")
                file = shown.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
                print(f"::warning file={file},line=1,col=1::{escaped}")
        else:
            print(shown)
    if args.check:
        return 1 if changed else 0
    print(say("format_done", count=len(changed)))
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    def run() -> Dataset:
        dataset, changes = generate(args.paths, from_mkdocs_yml(args.paths.root / "mkdocs.yml"))
        print(
            say(
                "pages_written",
                written=len(changes.written),
                removed=len(changes.removed),
                unchanged=changes.unchanged,
            )
        )
        return dataset

    return _checked(run, args.paths.data_dir)


def cmd_schemas(args: argparse.Namespace) -> int:
    if args.check:
        stale = editor_schemas.stale(args.paths.data_dir)
        if editor_schemas.stale_guide(args.paths.root):
            stale.append(args.paths.root / editor_schemas.GUIDE)
        for file in stale:
            print(say("schema_stale", file=file), file=sys.stderr)
        return 1 if stale else 0
    changed = editor_schemas.write(args.paths.data_dir)
    if editor_schemas.write_guide(args.paths.root):
        changed.append(args.paths.root / editor_schemas.GUIDE)
    print(say("schemas_written", count=len(changed)))
    return 0


def _ask_piped(prompt: str) -> str:
    """One answer from piped input (not a terminal), line by line; the prompt and the answer
    are shown, so the output reads like the dialog. EOFError when the input has ended."""
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not line:
        print()
        raise EOFError
    answer = line.rstrip("\r\n")
    print(answer)
    return answer


def cmd_new(args: argparse.Namespace) -> int:
    blueprint = scaffold.BLUEPRINTS[args.kind]
    answers = {q.name: getattr(args, q.name, None) for q in blueprint.questions}
    ask: Callable[[str], str] | None = input if sys.stdin.isatty() else _ask_piped
    if args.no_questions:
        ask = None
    data_dir = args.paths.data_dir
    try:
        created = scaffold.create(
            args.kind,
            data_dir,
            answers,
            ask=ask,
            tell=lambda reason: print(reason, file=sys.stderr, flush=True),
        )
    except scaffold.ScaffoldError as err:
        print(err, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)
        print(say("new_cancelled"), file=sys.stderr)
        return 1
    languages = from_mkdocs_yml(args.paths.root / "mkdocs.yml")
    try:
        validate(args.paths, languages)
    except DataError as err:
        mine = [p for p in err.problems.errors if data_dir / p.path == created]
        if mine:  # a rule only the whole data set knows: leave nothing broken behind
            created.unlink()
            _print(mine, data_dir)
            print(say("new_cancelled"), file=sys.stderr)
            return 1
    print(say("created", file=os.path.relpath(created)))
    print(say("new_id", id=created.stem))
    if args.kind == "kontakt":
        print(say("new_contact_id", id=created.stem))
        published = "\npublished: true\n" in created.read_text(encoding="utf-8")
        print(say("new_published" if published else "new_unpublished"))
    print(say("new_translations"))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    loaded = _checked_data(args)
    if loaded is None:
        return 1
    dataset, languages = loaded
    strings = load_strings(args.paths.strings_dir, [lang.code for lang in languages])
    rows = coverage.coverage(args.paths.docs_dir, dataset, strings, languages)
    text = report.render(dataset, rows)
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(say("report_written", file=out), file=sys.stderr)
    return 0


def cmd_translations(args: argparse.Namespace) -> int:
    """`make translations`: bring the catalogs in step with the German texts and show how far
    each language is; `--check` changes nothing and fails when a catalog is not in step."""
    languages = from_mkdocs_yml(args.paths.root / "mkdocs.yml")
    codes = [lang.code for lang in languages]
    data_dir = args.paths.data_dir
    if args.action == "migrate":
        return _migrate(args, codes)
    if args.action == "stamp":
        # Hand-written pages keep their fingerprint in their front matter (not in catalogs).
        chosen = [args.lang] if args.lang else codes
        for path in stamp_all(args.paths.docs_dir, chosen, status=args.status):
            print(os.path.relpath(path))
        return 0
    try:
        # The data only: the catalogs' own checks come after they were brought in step.
        dataset = load_dataset(data_dir, codes, reserved=handwritten_pages(args.paths.docs_dir))
        changed = catalog_sync.sync(dataset, args.paths.root, codes, check=args.check)
    except DataError as err:
        _print(err.problems.errors + err.problems.warnings, data_dir)
        print(say("failed", count=len(err.problems.errors)), file=sys.stderr)
        return 1
    except catalogs.CatalogError as err:
        shown = Path(os.path.relpath(err.path, data_dir))
        reason = say("catalog_unreadable", reason=err.reason)
        _print([Problem(shown, max(err.line, 1), 1, reason)], data_dir)
        return 1
    if args.check and changed:
        for path in changed:
            print(say("translations_stale", file=os.path.relpath(path)), file=sys.stderr)
        return 1
    for path in changed:
        print(os.path.relpath(path))
    if not args.check:
        print(say("translations_updated", count=len(changed)))
    problems = catalog_sync.catalog_problems(dataset, args.paths.root, codes)
    _print(problems, data_dir)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        print(say("failed", count=len(errors)), file=sys.stderr)
        return 1
    strings = load_strings(args.paths.strings_dir, codes)
    required = dataset.site.model.required_translations
    rows = coverage.coverage(args.paths.docs_dir, dataset, strings, languages, required)
    print(coverage.table(rows))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(coverage.to_json(rows), encoding="utf-8")
    failed = [(row.lang, page) for row in rows for page in row.missing_required]
    for lang, page in failed:
        print(say("required_missing", lang=lang, page=page), file=sys.stderr)
    return 1 if failed else 0


def _migrate(args: argparse.Namespace, codes: list[str]) -> int:
    """`lotsenportal translations migrate`: a data folder (and the labels) in the old format,
    with translations inside the files, moved to catalogs (lotsenportal.build.migrate)."""
    from .build import migrate

    try:
        result = migrate.migrate_data(args.paths.data_dir, codes)
        labels = migrate.migrate_labels(args.paths.root, codes)
    except DataError as err:
        _print(err.problems.errors + err.problems.warnings, args.paths.data_dir)
        print(say("failed", count=len(err.problems.errors)), file=sys.stderr)
        return 1
    result.changed += labels.changed
    result.dropped |= labels.dropped
    for line in migrate.report(result):
        print(line)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .checks import gates  # needs the browser tooling, which only the checks use

    site = Path(args.site)
    if not (site / "index.html").is_file():
        print(say("no_site", site=site), file=sys.stderr)
        return 1
    unknown = [name for name in args.gates if name not in gates.GATES]
    if unknown:
        print(
            say("unknown_choice", value=unknown[0], choices=", ".join(gates.GATES)), file=sys.stderr
        )
        return 1
    return gates.run(site, args.gates or list(gates.GATES))


def cmd_check_external(args: argparse.Namespace) -> int:
    from .checks import external_links  # needs BeautifulSoup, a tool dependency

    loaded = _checked_data(args)
    if loaded is None:
        return 1
    dataset, _ = loaded
    ignore = {item.url: item.reason for item in dataset.site.model.link_check_ignore}
    links = external_links.collect(Path(args.site))
    outcomes = external_links.run(links, external_links.Checker(), Path(args.cache), ignore)
    text = external_links.report(outcomes)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)
    return 1 if any(o.state == external_links.BROKEN for o in outcomes) else 0


def cmd_publish(args: argparse.Namespace) -> int:
    from .build.publish import publish

    site = Path(args.site)
    address = build_address(args.paths.data_dir, publishing=True)
    with site_lock(site):
        check_built_for(site, address)  # never a site built for the preview address
        release = publish(site, Path(args.dest))
    print(say("published", dest=args.dest, release=release))
    return 0


def _build_into(args: argparse.Namespace, site: Path) -> tuple[int, Address | None]:
    """Validate, generate and build into `site` for the address of this build (publishing:
    a public https address, else PublishError after any data errors were shown)."""
    languages = from_mkdocs_yml(args.paths.root / "mkdocs.yml")
    try:
        address = build_address(args.paths.data_dir, publishing=args.publish)
    except PublishError:
        if cmd_validate(args) != 0:  # data errors first: a broken site.yml has no address
            return 1, None
        raise

    def run() -> Dataset:
        return generate(args.paths, languages, site_url=address.url)[0]

    if _checked(run, args.paths.data_dir) != 0:
        return 1, None
    jobs = args.jobs or os.cpu_count() or 1
    code = parallel.build(
        args.paths.root, args.paths.data_dir, site.resolve(), languages, jobs, address.url
    )
    return code, address


def cmd_build(args: argparse.Namespace) -> int:
    return _build_into(args, Path(args.site_dir))[0]


def _links(site: Path) -> int:
    """lychee over every page: internal links and anchors, offline."""
    lychee = Path(sys.executable).parent / "lychee"
    command = [str(lychee), "--offline", "--include-fragments", "--no-progress"]
    command += ["--root-dir", str(site.resolve()), "--index-files", "index.html"]
    return subprocess.run([*command, f"{site}/**/*.html"], check=False).returncode


def cmd_site(args: argparse.Namespace) -> int:
    """`make site` / `make publish`: under the site's lock, build into `<site>.next`, check
    its links, then swap it in with one rename. Any failure leaves `site` as it was."""
    site = Path(args.site)
    new = site.with_name(site.name + ".next")
    with site_lock(site):
        remove(new)
        done = False
        try:
            code, address = _build_into(args, new)
            if code != 0 or address is None:
                return code or 1
            if not args.no_link_check and _links(new) != 0:
                print(say("links_broken", site=new), file=sys.stderr)
                return 1
            problem = gates.too_large(new)
            if problem:
                print(problem, file=sys.stderr)
                return 1
            old = swap(new, site)
            done = True
        finally:
            if not done:
                remove(new)  # no half-built folder stays behind
        remove(old)
    print(say("site_built", site=site, url=address.url))
    return 0


def cmd_swap(args: argparse.Namespace) -> int:
    site = Path(args.site)
    new = Path(args.next) if args.next else site.with_name(site.name + ".next")
    with site_lock(site):
        remove(swap(new, site))
    return 0


def _federation_settings(args: argparse.Namespace) -> dict[str, Any]:
    """What every building step of `lotsenportal federation` takes alike."""
    return {
        "root": args.paths.root,
        "only": (args.lang or "").replace(",", " ").split(),
        "site_url": args.site_url or os.environ.get("SITE_URL") or "http://127.0.0.1:8000/",
        "cache": Path(args.cache) if args.cache else None,
    }


def cmd_federation(args: argparse.Namespace) -> int:
    return federation.build(
        Path(args.file),
        Path(args.out),
        jobs=args.jobs,
        check_links=not args.no_link_check,
        **_federation_settings(args),
    )


def cmd_federation_kreis(args: argparse.Namespace) -> int:
    out = Path(args.out or f"federation-parts/{federation_parts.kreis_part(args.kreis)}")
    return federation.build_kreis(Path(args.file), args.kreis, out, **_federation_settings(args))


def cmd_federation_portal(args: argparse.Namespace) -> int:
    out = Path(args.out or f"federation-parts/{federation_parts.PORTAL_PART}")
    return federation.build_portal(Path(args.file), out, **_federation_settings(args))


def cmd_federation_assemble(args: argparse.Namespace) -> int:
    return federation.assemble(
        Path(args.file),
        Path(args.parts),
        Path(args.out),
        root=args.paths.root,
        check_links=not args.no_link_check,
    )


def cmd_federation_ids(args: argparse.Namespace) -> int:
    ids = federation.kreis_ids(Path(args.file), root=args.paths.root)
    if ids is None:
        return 1
    print(json.dumps(ids))
    return 0


# `lotsenportal federation <file>` (no step named) is the one-machine build.
FEDERATION_STEPS = ("build", "build-kreis", "build-portal", "assemble", "ids")


def _with_federation_step(argv: list[str]) -> list[str]:
    if argv[:1] == ["federation"] and (
        len(argv) == 1 or argv[1] not in (*FEDERATION_STEPS, "-h", "--help")
    ):
        return ["federation", "build", *argv[1:]]
    return argv


def cmd_flyers(args: argparse.Namespace) -> int:
    from .build.flyer_pdfs import print_pdfs
    from .build.publish import built_for
    from .data.site_address import address_problem

    # The QR code and the printed address point where the site was built for: on paper, a
    # preview address (127.0.0.1) leads nowhere.
    built = built_for(Path(args.site))
    if built is None or address_problem(built) is not None:
        print(say("flyers_preview_address", url=built or "?"), file=sys.stderr)
    written = print_pdfs(Path(args.site), Path(args.out))
    print(say("flyers_printed", count=len(written), out=args.out))
    return 0 if written else 1


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


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(_with_federation_step(sys.argv[1:] if argv is None else argv))
    if args.sprache:
        set_language(args.sprache)
    try:
        return _run(args)
    except PublishError as err:  # a German message that says how to fix it
        print(err, file=sys.stderr)
        return 1
    except (MemoryError, RecursionError) as err:
        # The limits of lotsenportal.data.safety should make these impossible; if data still
        # exhausts memory or the stack, staff get a message, not a traceback.
        if os.environ.get("LOTSENPORTAL_DEBUG"):
            raise
        print(say("out_of_memory", error=type(err).__name__), file=sys.stderr)
        return 1
    except Exception as err:  # staff never see a traceback; developers can ask for one
        if os.environ.get("LOTSENPORTAL_DEBUG"):
            raise
        print(say("internal_error", error=f"{type(err).__name__}: {err}"), file=sys.stderr)
        return 2


# Commands whose output's time stamps come from the last commit. `federation` sets them per
# part (`federation_parts.part_epoch`): a commit elsewhere leaves a Kreis's cache entry valid.
_BUILDS = ("site", "build", "publish")


def _run(args: argparse.Namespace) -> int:
    args.paths = Paths(root=Path(args.root).resolve(), data_dir=Path(args.data).resolve())
    _GITHUB["on"] = getattr(args, "format", "text") == "github"
    if args.command in _BUILDS:  # SOURCE_DATE_EPOCH, for every process they start
        reproducible.ensure([args.paths.root, args.paths.data_dir])
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
