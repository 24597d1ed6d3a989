"""Messages about a federation: federation.yml and building the portal and the Kreise in
parts (lotsenportal.build.federation, lotsenportal.build.federation_parts)."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
    # federation.yml
    "federation_missing": (
        "Die Verbund-Datei fehlt (z. B. federation.yml; Beispiel: `make federation`).",
        "The federation file is missing (e.g. federation.yml; see `make federation`).",
    ),
    "federation_reserved_id": (
        "„{id}“ ist als Kennung eines Kreises nicht möglich: Das Portal nutzt diese Adresse "
        "selbst (Sprachkürzel, assets, orte, search …). Wählen Sie z. B. den Namen des Kreises.",
        "'{id}' cannot be a Kreis id: the portal uses this address itself (language codes, "
        "assets, orte, search …). Choose e.g. the Kreis's name.",
    ),
    "federation_duplicate_id": (
        "Die Kennung „{id}“ steht schon weiter oben. Jeder Kreis braucht eine eigene.",
        "The id '{id}' is already used above. Every Kreis needs its own.",
    ),
    "federation_no_folder": (
        "Den Datenordner „{folder}“ gibt es nicht (relativ zu dieser Datei). Prüfen Sie den Pfad.",
        "There is no data folder '{folder}' (relative to this file). Check the path.",
    ),
    "federation_unknown_kreis": (
        "Einen Kreis „{id}“ gibt es in {file} nicht. Vorhanden: {known}.",
        "There is no Kreis '{id}' in {file}. Known: {known}.",
    ),
    "federation_part_missing": (
        "{folder}: Dieser Teil fehlt oder wurde nicht fertig gebaut. Bauen Sie ihn mit "
        "`{command}`.",
        "{folder}: this part is missing or its build did not finish. Build it with `{command}`.",
    ),
    "federation_assets_differ": (
        "Die Teile passen nicht zusammen: {files} unterscheidet sich von der gleichnamigen Datei "
        "der anderen Teile. Bauen Sie alle Teile mit demselben Stand des Projekts neu; die "
        "bisherige Website bleibt.",
        "The parts do not fit together: {files} differs from the file of the same name in the "
        "other parts. Rebuild every part from the same version of the project; the previous "
        "site stays.",
    ),
    "federation_part_other": (
        "{folder}: Hier liegt der Teil „{found}“, nicht dieser. Bauen Sie ihn mit `{command}`.",
        "{folder}: this holds the part '{found}', not this one. Build it with `{command}`.",
    ),
    "federation_parts_differ": (
        "Die Teile wurden für verschiedene Adressen oder Sprachen gebaut ({parts}). Bauen Sie "
        "alle mit derselben Adresse (--site-url oder SITE_URL) und denselben Sprachen (--lang).",
        "The parts were built for different addresses or languages ({parts}). Build all of "
        "them with the same address (--site-url or SITE_URL) and languages (--lang).",
    ),
    "federation_part_foreign": (
        "{folder}: Der Ordner ist nicht leer und enthält keinen gebauten Teil. Wählen Sie mit "
        "--out einen neuen oder leeren Ordner.",
        "{folder}: the folder is not empty and holds no built part. Choose a new or empty "
        "folder with --out.",
    ),
    "federation_part_cached": (
        "  {name}: unverändert, aus dem Zwischenspeicher",
        "  {name}: unchanged, from the cache",
    ),
    "federation_parts_done": (
        "Teile: {built} gebaut, {reused} unverändert aus dem Zwischenspeicher ({cache}).",
        "Parts: {built} built, {reused} unchanged from the cache ({cache}).",
    ),
    # Building a federation (lotsenportal.build.federation, lotsenportal.build.federation_parts)
    "federation_building": (
        "Baue {kreise} Kreise und das Portal ({languages} Sprachen, {workers} Prozesse) …",
        "Building {kreise} Kreise and the portal ({languages} languages, {workers} processes) …",
    ),
    "federation_building_kreis": (
        "Baue den Kreis {kreis} ({languages} Sprachen) …",
        "Building the Kreis {kreis} ({languages} languages) …",
    ),
    "federation_building_portal": (
        "Baue das Portal ({languages} Sprachen) …",
        "Building the portal ({languages} languages) …",
    ),
    "federation_part_failed": ("{name}: Build fehlgeschlagen", "{name}: build failed"),
    "federation_built": ("Website gebaut: {out}/", "Site built: {out}/"),
}
