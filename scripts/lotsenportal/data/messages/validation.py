"""Messages of validating a data folder: schema errors in plain words, the folder's files,
references between records, the checks of site.yml, links to data in pages, the form of the
files, and the summary."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
    # Schema errors reported by Pydantic
    "missing": (
        "Pflichtfeld „{name}“ fehlt{parent}. Ergänzen Sie eine Zeile „{name}: …“.",
        "Required field “{name}” is missing{parent}. Add a line “{name}: …”.",
    ),
    "missing_parent": (" in {parent}", " in {parent}"),
    "extra": (
        "Unbekanntes Feld „{name}“.{hint} Erlaubt sind hier: {allowed}.",
        "Unknown field “{name}”.{hint} Allowed here: {allowed}.",
    ),
    "did_you_mean": (" Meinten Sie „{close}“?", " Did you mean “{close}”?"),
    "extra_nothing": (
        "Unbekanntes Feld „{name}“.{hint} An dieser Stelle ist kein weiteres Feld vorgesehen: "
        "löschen Sie die Zeile, oder rücken Sie sie so weit ein wie die Felder, zu denen sie "
        "gehört.",
        "Unknown field “{name}”.{hint} No further field is expected at this place: delete the "
        "line, or indent it like the fields it belongs to.",
    ),
    "quote_it": (
        "YAML liest {typed} als {kind}, hier wird aber Text erwartet. Setzen Sie den Wert "
        "in Anführungszeichen: {fixed}",
        "YAML reads {typed} as {kind}, but text is expected here. Put the value in quotes: {fixed}",
    ),
    "quote_it_as": (
        "YAML liest {typed} als {kind}, hier wird aber {expected} in Anführungszeichen erwartet. "
        "Schreiben Sie: {fixed}",
        "YAML reads {typed} as {kind}, but {expected} in quotes is expected here. Write: {fixed}",
    ),
    "quote_it_invalid": (
        "YAML liest {typed} als {kind}, hier wird aber Text in Anführungszeichen erwartet. "
        "Auch in Anführungszeichen passt der Wert noch nicht: {reason}",
        "YAML reads {typed} as {kind}, but text in quotes is expected here. Even in quotes the "
        "value does not fit yet: {reason}",
    ),
    "expected_time": ("eine Uhrzeit (HH:MM)", "a time (HH:MM)"),
    "german_only": (
        "Hier steht nur der deutsche Text, ohne „de:“ und ohne andere Sprachen: schreiben Sie "
        "„{name}: …“ mit dem deutschen Text. Übersetzungen stehen in "
        "locale/<Sprache>/LC_MESSAGES/data.po; `make translations` trägt neue Texte dort ein.",
        "Only the German text goes here, without “de:” and without other languages: write "
        "“{name}: …” with the German text. Translations live in "
        "locale/<language>/LC_MESSAGES/data.po; `make translations` adds new texts there.",
    ),
    "text_expected": (
        "Hier wird Text erwartet, gefunden: {kind}.",
        "Text is expected here, found: {kind}.",
    ),
    "bool_expected": (
        "Schreiben Sie true (ja) oder false (nein), ohne Anführungszeichen. Gefunden: „{value}“.",
        "Write true or false, without quotes. Found: “{value}”.",
    ),
    "int_expected": (
        "Hier wird eine ganze Zahl ohne Anführungszeichen erwartet, gefunden: „{value}“.",
        "A whole number without quotes is expected here, found: “{value}”.",
    ),
    "list_expected": (
        "Hier wird eine Liste erwartet, gefunden: {kind}. Schreiben Sie jeden Eintrag in eine "
        "eigene Zeile mit „- “ davor.",
        "A list is expected here, found: {kind}. Write each entry on its own line starting "
        "with “- ”.",
    ),
    "mapping_expected": (
        "Hier werden eingerückte Felder erwartet (Feld: Wert), gefunden: {kind}.",
        "Indented fields (field: value) are expected here, found: {kind}.",
    ),
    "per_language": (
        " In federation.yml stehen diese Texte je Sprache: „{name}:“ und darunter eingerückt "
        "„de: …“ (in den Datendateien dagegen nur der deutsche Text).",
        " In federation.yml these texts are written per language: “{name}:” and below it, "
        "indented, “de: …” (data files hold the German text only).",
    ),
    "choice": (
        "„{value}“ ist nicht erlaubt. Möglich sind: {choices}.",
        "“{value}” is not allowed. Possible values: {choices}.",
    ),
    "or": ("oder", "or"),
    "at_least": ("Die Zahl muss mindestens {limit} sein.", "The number must be at least {limit}."),
    "list_too_short": (
        "Die Liste ist leer. Hier wird mindestens {limit} Eintrag erwartet, jeder in einer "
        "eigenen Zeile mit „- “ davor.",
        "The list is empty. At least {limit} entry is expected here, each on its own line "
        "starting with “- ”.",
    ),
    "schema_other": (
        "Der Wert passt hier nicht. Vergleichen Sie das Feld mit der Vorlage in data/vorlagen/ "
        "und der Feldtabelle in REDAKTION.md; hilft das nicht, melden Sie die Stelle dem "
        "Technik-Team.",
        "The value does not fit here. Compare the field with the template in "
        "data/vorlagen/ and the field table in REDAKTION.md; if that does not help, tell the "
        "technical team.",
    ),
    "whole_file": ("(Datei)", "(file)"),
    "kind_list": ("eine Liste", "a list"),
    "kind_mapping": ("eine Zuordnung (Feld: Wert)", "a mapping (field: value)"),
    "kind_nothing": ("nichts (leer)", "nothing (empty)"),
    "kind_bool": ("einen Wahrheitswert (true/false)", "a truth value (true/false)"),
    "kind_number": ("eine Zahl", "a number"),
    "kind_text": ("Text", "text"),
    # The data folder
    "not_a_mapping": (
        "Die Datei muss aus Feldern bestehen („feld: wert“), nicht aus einer Liste oder einem "
        "einzelnen Wert.",
        "The file must consist of fields (“field: value”), not of a list or a single value.",
    ),
    "only_yml": (
        "Hier werden nur .yml-Dateien gelesen. Verschieben oder löschen Sie diese Datei.",
        "Only .yml files are read here. Move or delete this file.",
    ),
    "bad_filename": (
        "Der Dateiname „{name}“ ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und "
        "Bindestriche, z. B. „bad-homburg.yml“ (ä → ae, ö → oe, ü → ue, ß → ss).",
        "The file name “{name}” is not a valid id: only lower-case letters a–z, digits and "
        "hyphens, e.g. “bad-homburg.yml” (ä → ae, ö → oe, ü → ue, ß → ss).",
    ),
    "duplicate_file_id": (
        "Die Kennung „{id}“ gibt es schon ({other}). Benennen Sie eine der Dateien um.",
        "The id “{id}” exists already ({other}). Rename one of the files.",
    ),
    "unknown_entry": (
        "Unbekannte Datei oder unbekannter Ordner.{hint} Erwartet werden: {expected}.",
        "Unknown file or folder.{hint} Expected: {expected}.",
    ),
    # References between records, site.yml, the labels (lotsenportal.data.dataset)
    "no_data_folder": ("Der Datenordner existiert nicht.", "The data folder does not exist."),
    "missing_file": (
        "Diese Datei fehlt im Datenordner.",
        "This file is missing in the data folder.",
    ),
    "duplicate_town": (
        "Die Kennung „{id}“ gibt es schon. Jeder Ort braucht eine eigene Kennung.",
        "The id “{id}” exists already. Every town needs its own id.",
    ),
    "unknown_ref": (
        "{what} „{value}“ gibt es nicht ({where}).{hint}",
        "{what} “{value}” does not exist ({where}).{hint}",
    ),
    "ref_organisation": ("Die Organisation", "The organisation"),
    "ref_einsatzfeld": ("Das Einsatzfeld", "The field of work"),
    "ref_contact": ("Die Ansprechperson", "The contact person"),
    "ref_town": ("Der Ort", "The town"),
    "duplicate_ref": (
        "„{value}“ steht doppelt in der Liste. Löschen Sie eine Zeile.",
        "“{value}” appears twice in the list. Delete one line.",
    ),
    "language_not_configured": (
        "Die Sprache „{code}“ ist für die Website nicht eingerichtet. Eingerichtet sind: {known}.",
        "The language “{code}” is not set up for the site. Set up are: {known}.",
    ),
    "stale": (
        "reviewed: Zuletzt geprüft am {date}, vor {months} Monaten (Grenze: {limit}). Bitte "
        "Angaben prüfen und das Datum aktualisieren.",
        "reviewed: last checked on {date}, {months} months ago (limit: {limit}). Please check "
        "the details and update the date.",
    ),
    "route_unreachable": (
        "{field}: Die letzte Stufe des Wegs zu einer Person, „{id}“ ({file}), hat weder Telefon "
        "noch E-Mail. Sonst endet jede Seite ohne Anruf- oder Schreibmöglichkeit. Tragen Sie in "
        "{file} phone oder email ein, oder nennen Sie unter enquiries eine Stelle mit Telefon "
        "oder E-Mail (z. B. die allgemeine Auskunft des Landratsamts).",
        "{field}: the last step of the route to a person, “{id}” ({file}), has neither phone nor "
        "e-mail, so every page would end without a way to call or write. Add phone or email in "
        "{file}, or name under enquiries an office with phone or e-mail (e.g. the general "
        "enquiries of the district office).",
    ),
    "no_security_contact": (
        "security_contact fehlt: /.well-known/security.txt wird nicht veröffentlicht. Tragen Sie "
        "eine Adresse für Sicherheitsmeldungen ein (mailto:… oder https://…).",
        "security_contact is missing: /.well-known/security.txt is not published. Add an "
        "address for security reports (mailto:… or https://…).",
    ),
    "security_expiring": (
        "security_expires: Das Ablaufdatum für security.txt fehlt oder ist in weniger als 30 "
        "Tagen erreicht. Bitte ein Datum bis zu einem Jahr in der Zukunft eintragen.",
        "security_expires: the expiry date for security.txt is missing or less than 30 days "
        "away. Please enter a date up to one year ahead.",
    ),
    "legal_missing": (
        "publisher: Für Impressum, Datenschutz und Barrierefreiheit fehlen noch: {fields}. Die "
        "Seiten zeigen dort „vom Herausgeber zu ergänzen“.",
        "publisher: the legal pages still lack: {fields}. The pages show “to be completed by the "
        "publisher” there.",
    ),
    "accessibility_old": (
        "publisher.accessibility_reviewed: Die Erklärung zur Barrierefreiheit ist älter als 365 "
        "Tage. Bitte prüfen und das Datum aktualisieren.",
        "publisher.accessibility_reviewed: the accessibility statement is older than 365 days. "
        "Please review it and update the date.",
    ),
    "no_german_labels": ("Die deutschen Beschriftungen fehlen.", "The German labels are missing."),
    "placeholder_left": (
        "{field}: Hier steht noch ein Platzhalter aus der Vorlage: {text}. Bitte ersetzen Sie "
        "ihn samt den Klammern [[ ]] durch die richtige Angabe.",
        "{field}: a placeholder from the template is still here: {text}. Please replace it, "
        "brackets [[ ]] included, by the right value.",
    ),
    "unknown_data_link": (
        "Unbekannter Datenlink „lp:{target}“. Möglich ist lp:projekt/<Kennung> (Dateiname in "
        "data/projekte/ ohne .yml).",
        "Unknown data link “lp:{target}”. Links to data are written lp:projekt/<id> (the file "
        "name in data/projekte/ without .yml).",
    ),
    # Form of the data files (lotsenportal format, issue 13)
    "format_needed": (
        "Zeilenenden, Leerzeichen am Zeilenende oder die letzte Zeile weichen von der "
        "üblichen Form ab (der Inhalt ist in Ordnung). Führen Sie `make format` aus, um das "
        "zu vereinheitlichen.",
        "Line endings, trailing spaces or the last line differ from the usual form (the "
        "content is fine). Run `make format` to tidy them.",
    ),
    "format_done": (
        "Datendateien vereinheitlicht; {count} Dateien geändert.",
        "Data files tidied; {count} files changed.",
    ),
    # Summaries
    "warning": ("Warnung", "Warning"),
    "failed": (
        "{count} Fehler gefunden – nichts wurde veröffentlicht. Bitte die genannten Stellen "
        "korrigieren.",
        "{count} errors found – nothing was published. Please fix the places named above.",
    ),
    "ok": (
        "Daten in Ordnung ({summary}); {warnings} Warnungen.",
        "Data OK ({summary}); {warnings} warnings.",
    ),
    "summary": (
        "{projects} Projekte, {contacts} veröffentlichte Kontakte, {felder} Einsatzfelder, "
        "{towns} Orte, {news} Meldungen",
        "{projects} projects, {contacts} published contacts, {felder} fields of work, "
        "{towns} towns, {news} news items",
    ),
    "data_errors": ("{count} Fehler in den Daten", "{count} errors in the data"),
}
