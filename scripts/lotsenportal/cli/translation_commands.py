"""`lotsenportal translations`: the catalogs brought in step with the German texts (`update`),
a data folder in the old format moved to catalogs (`migrate`), the translated hand-written
pages stamped (`stamp`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..data.dataset import handwritten_pages
from ..data.languages import from_mkdocs_yml
from ..data.loading import load_dataset
from ..data.messages import say
from ..data.problems import DataError, Problem, Severity
from ..translations import catalog_sync, catalogs, coverage
from ..translations.strings import load_strings
from ..translations.translation import stamp_all
from .output import print_problems


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
        print_problems(err.problems.errors + err.problems.warnings, data_dir)
        print(say("failed", count=len(err.problems.errors)), file=sys.stderr)
        return 1
    except catalogs.CatalogError as err:
        shown = Path(os.path.relpath(err.path, data_dir))
        reason = say("catalog_unreadable", reason=err.reason)
        print_problems([Problem(shown, max(err.line, 1), 1, reason)], data_dir)
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
    print_problems(problems, data_dir)
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
    from ..build import migrate

    try:
        result = migrate.migrate_data(args.paths.data_dir, codes)
        labels = migrate.migrate_labels(args.paths.root, codes)
    except DataError as err:
        print_problems(err.problems.errors + err.problems.warnings, args.paths.data_dir)
        print(say("failed", count=len(err.problems.errors)), file=sys.stderr)
        return 1
    result.changed += labels.changed
    result.dropped |= labels.dropped
    for line in migrate.report(result):
        print(line)
    return 0
