"""Messages of the checks on a built site: the quality gates (`make check`), the external links
(`make check-external`), the comparison of two builds (`make properdocs-check`) and what no
page may contain (lotsenportal.site.page_safety)."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
    # The gates' summaries (lotsenportal.checks.gates, lotsenportal.checks.browser_audit)
    "gate_browser": (
        "{pages} Seiten: {foreign} Anfragen an fremde Server, {failed} fehlgeschlagene Anfragen, "
        "{heavy} Seiten über {limit} KB{heaviest}, {cookies} Cookies, {csp} CSP-Verstöße, {axe}",
        "{pages} pages: {foreign} requests to other servers, {failed} failed requests, "
        "{heavy} pages over {limit} KB{heaviest}, {cookies} cookies, {csp} CSP violations, {axe}",
    ),
    "gate_heaviest": (" (schwerste: /{path} {size} KB)", " (heaviest: /{path} {size} KB)"),
    "gate_axe": ("{count} axe-Verstöße {found}", "{count} axe violations {found}"),
    "gate_axe_skipped": ("axe nicht geprüft", "axe not run"),
    "gate_html": (
        "{files} Dateien: {errors} Fehler ({accepted} bekannte Material-Meldungen begründet "
        "ausgenommen)",
        "{files} files: {errors} errors ({accepted} known Material messages left out, each with "
        "its reason)",
    ),
    "gate_loads_search": (
        "/{page}: lädt die Suche, bevor sie geöffnet wird",
        "/{page}: loads the search before it is opened",
    ),
    "gate_failed_requests": (
        "/{page}: fehlgeschlagene Anfragen {requests}",
        "/{page}: failed requests {requests}",
    ),
    "gate_visit": (
        "/{page}: {requests} Anfragen, {size} KB gzip (erneut: {repeat} KB)",
        "/{page}: {requests} requests, {size} KB gzip (again: {repeat} KB)",
    ),
    "gate_weight": ("{visits} (Budget {budget} KB)", "{visits} (budget {budget} KB)"),
    "gate_size": ("{total} MB von höchstens {limit} MB", "{total} MB of at most {limit} MB"),
    "gate_size_too_large": (
        "{summary} – zu groß für GitHub Pages",
        "{summary} – too large for GitHub Pages",
    ),
    "audit_progress": ("… {done}/{total} Seiten", "… {done}/{total} pages"),
    # External links (lotsenportal.checks.external_links)
    "external_no_answer": ("keine Antwort (Zeitüberschreitung)", "no answer (timed out)"),
    "external_cached": ("aus dem Zwischenspeicher", "from the cache"),
    "external_title": ("Externe Links", "External links"),
    "external_summary": (
        "{total} Adressen: {ok} erreichbar, {broken} tot, {later} später erneut prüfen (429), "
        "{ignored} ausgenommen.",
        "{total} addresses: {ok} reachable, {broken} dead, {later} to check again later (429), "
        "{ignored} left out.",
    ),
    "external_broken": ("Tot", "Dead"),
    "external_later": ("Später erneut prüfen", "Check again later"),
    "external_ignored": ("Ausgenommen", "Left out"),
    "external_columns": (
        "| Seite | Linktext | Adresse | Status |",
        "| Page | Link text | Address | Status |",
    ),
    # Two builds compared (lotsenportal.checks.site_compare)
    "compare_end_of_file": ("(Ende der Datei)", "(end of file)"),
    "compare_at_byte": (
        "ab Byte {offset}: {left} ≠ {right}",
        "from byte {offset}: {left} ≠ {right}",
    ),
    "compare_at_line": (
        "Zeile {line}, Spalte {column}: {left} ≠ {right}",
        "line {line}, column {column}: {left} ≠ {right}",
    ),
    "compare_not_zip": (
        "unterschiedlicher Inhalt, und eine der Dateien ist kein ZIP",
        "different content, and one of the files is no ZIP",
    ),
    "compare_only_in_one": ("; nur in einem: {entries}", "; only in one: {entries}"),
    "compare_other_entries": (
        "das Archiv enthält andere Einträge{detail}",
        "the archive holds other entries{detail}",
    ),
    "compare_other_dates": (
        "anderes Datum im Archiv: {date} ≠ {other} ({count} von {total} Einträgen)",
        "another date in the archive: {date} ≠ {other} ({count} of {total} entries)",
    ),
    "compare_packed": (
        "gleiche Einträge, aber anders gepackt",
        "the same entries, but packed differently",
    ),
    "compare_missing": ("fehlt in {folder}", "missing in {folder}"),
    "compare_same": (
        "{left} und {right} sind gleich: {files} Dateien Byte für Byte verglichen (nur die "
        'Generator-Angabe <meta name="generator"> nicht).',
        "{left} and {right} are the same: {files} files compared byte for byte (all but the "
        'generator tag <meta name="generator">).',
    ),
    "compare_differ": (
        "{left} und {right} unterscheiden sich ({count} Unterschiede):",
        "{left} and {right} differ ({count} differences):",
    ),
    "compare_more": ("… und {count} weitere.", "… and {count} more."),
    "compare_advice": (
        "Beide Ordner sollten aus denselben Quellen gebaut sein. Ein Unterschied heißt: der "
        "zweite Generator baut die Website anders. Prüfen Sie die genannte Datei und Zeile, "
        "bevor Sie wechseln (README, Abschnitt „Plattform“).",
        "Both folders should be built from the same sources. A difference means: the second "
        "generator builds the website differently. Check the file and line named before you "
        "switch (README, section “Plattform”).",
    ),
    "compare_no_folder": (
        "{folder}: kein Ordner. Bauen Sie die Website zuerst.",
        "{folder}: not a folder. Build the website first.",
    ),
    # What no page may contain (lotsenportal.site.page_safety)
    "page_line": ("Zeile {line}: {finding}", "Line {line}: {finding}"),
    "page_element": ("Element <{tag}> ist nicht erlaubt", "Element <{tag}> is not allowed"),
    "page_refresh": (
        "<meta http-equiv=refresh> (Weiterleitung) ist nicht erlaubt",
        "<meta http-equiv=refresh> (redirect) is not allowed",
    ),
    "page_event": (
        "Ereignis-Attribut {name}= ist nicht erlaubt",
        "Event attribute {name}= is not allowed",
    ),
    "page_scheme": ("{name}= mit „{url}“ ist nicht erlaubt", "{name}= with “{url}” is not allowed"),
    "page_foreign": (
        "<{tag} {name}=…> lädt von einem anderen Server: „{url}“",
        "<{tag} {name}=…> loads from another server: “{url}”",
    ),
    "page_script": ("unbekanntes eingebettetes Skript", "unknown inline script"),
}
