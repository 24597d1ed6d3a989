"""Every message staff can see, in German (default) and English, in one place.

The language is German unless `LANG`/`LC_ALL`/`LC_MESSAGES` start with `en`, or a command
sets it (`lotsenportal --sprache en …`). Messages say what is wrong and how to fix it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("de", "en")
_current = {"language": "de"}


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    return "de"


def set_language(language: str) -> None:
    _current["language"] = language if language in LANGUAGES else "de"


def current_language() -> str:
    return _current["language"]


# key: (German, English). Placeholders in {braces} are filled by `say`.
CATALOG: dict[str, tuple[str, str]] = {
    # Reading the file
    "not_utf8": (
        "Die Datei ist nicht UTF-8-kodiert ({reason}). Speichere sie im Editor als UTF-8.",
        "The file is not UTF-8 encoded ({reason}). Save it as UTF-8 in your editor.",
    ),
    "empty_file": ("Die Datei ist leer.", "The file is empty."),
    "tab": (
        "Die Zeile ist mit einem Tabulator eingerückt. YAML erlaubt nur Leerzeichen: ersetze den "
        "Tabulator durch zwei Leerzeichen.",
        "The line is indented with a tab. YAML allows only spaces: replace the tab by two spaces.",
    ),
    "tag": (
        "Die YAML-Markierung „{tag}“ ist hier nicht erlaubt. Entferne sie.",
        "The YAML tag “{tag}” is not allowed here. Remove it.",
    ),
    "key_not_scalar": (
        "Ein Feldname muss ein einfaches Wort sein.",
        "A field name must be a simple word.",
    ),
    "duplicate_key": (
        "Das Feld „{key}“ steht doppelt (zuerst in Zeile {line}). Lösche eine der beiden Zeilen.",
        "The field “{key}” appears twice (first in line {line}). Delete one of the two lines.",
    ),
    "syntax_colon": (
        "YAML-Syntaxfehler: Nach einem Doppelpunkt mit Leerzeichen beginnt ein neuer Wert. Steht "
        "im Text ein „: “, setze den ganzen Text in Anführungszeichen.",
        "YAML syntax error: a colon followed by a space starts a new value. If your text contains "
        "“: ”, put the whole text in quotes.",
    ),
    "syntax_token": (
        "YAML-Syntaxfehler: Ein Zeichen kann hier nicht stehen (z. B. @ oder ` am Anfang eines "
        "Werts). Setze den Wert in Anführungszeichen.",
        "YAML syntax error: a character cannot stand here (e.g. @ or ` at the start of a value). "
        "Put the value in quotes.",
    ),
    "syntax_alias": (
        "YAML-Syntaxfehler: Ein Wert beginnt mit * oder &. Setze den ganzen Wert in "
        "Anführungszeichen.",
        "YAML syntax error: a value starts with * or &. Put the whole value in quotes.",
    ),
    "syntax_document": (
        "YAML-Syntaxfehler: Die Datei enthält eine zweite Trennlinie „---“. Eine Datei beschreibt "
        "genau einen Eintrag: lösche die Zeile oder lege eine neue Datei an.",
        "YAML syntax error: the file contains a second “---” separator. One file describes "
        "exactly one record: delete the line or create a new file.",
    ),
    "syntax_missing_colon": (
        "YAML-Syntaxfehler: Hier fehlt ein Doppelpunkt nach dem Feldnamen, oder eine Einrückung "
        "stimmt nicht.",
        "YAML syntax error: a colon after the field name is missing here, or the indentation is "
        "wrong.",
    ),
    "syntax_anchor": (
        "YAML-Syntaxfehler: Ein Anker (&name) ist doppelt vergeben.",
        "YAML syntax error: an anchor (&name) is defined twice.",
    ),
    "syntax_indent": (
        "YAML-Syntaxfehler: Die Einrückung stimmt nicht. Alle Felder einer Ebene müssen genau "
        "gleich weit eingerückt sein (nur Leerzeichen).",
        "YAML syntax error: the indentation is wrong. All fields of one level must be indented "
        "exactly alike (spaces only).",
    ),
    "syntax_unclosed": (
        "YAML-Syntaxfehler: Ein Anführungszeichen oder eine Klammer wird nicht geschlossen.",
        "YAML syntax error: a quote or bracket is not closed.",
    ),
    "syntax_other": ("YAML-Syntaxfehler: {problem}.", "YAML syntax error: {problem}."),
    # Values (raised by the schema)
    "lp_empty": (
        "Der Text ist leer. Schreibe einen Text oder lösche das Feld.",
        "The text is empty. Write a text or delete the field.",
    ),
    "lp_html": (
        "HTML ist in Texten nicht erlaubt (gefunden: „{found}“). Schreibe nur Text; für "
        "Hervorhebungen geht **fett**, für Links [Text](https://…).",
        "HTML is not allowed in texts (found: “{found}”). Write plain text; use **bold** for "
        "emphasis and [text](https://…) for links.",
    ),
    "lp_image": (
        "Bilder sind in Texten nicht erlaubt (![…](…)). Bitte entfernen.",
        "Images are not allowed in texts (![…](…)). Please remove them.",
    ),
    "lp_link": (
        "Der Link „{target}“ ist nicht erlaubt. Links in Texten beginnen mit https://, mailto: "
        "oder tel:.",
        "The link “{target}” is not allowed. Links in texts start with https://, mailto: or tel:.",
    ),
    "lp_slug": (
        "„{value}“ ist keine gültige Kennung. Erlaubt sind Kleinbuchstaben a–z, Ziffern und "
        "Bindestriche, z. B. „bad-homburg“ (ä → ae, ö → oe, ü → ue, ß → ss).",
        "“{value}” is not a valid id. Use lower-case letters a–z, digits and hyphens, e.g. "
        "“bad-homburg” (ä → ae, ö → oe, ü → ue, ß → ss).",
    ),
    "lp_lang": (
        "„{value}“ ist kein Sprachkürzel. Verwende ISO-Kürzel wie de, en, ar, fa, uk, tr.",
        "“{value}” is not a language code. Use ISO codes such as de, en, ar, fa, uk, tr.",
    ),
    "lp_date_invalid": (
        "„{value}“ ist kein gültiges Datum (gibt es diesen Tag?).",
        "“{value}” is not a valid date (does this day exist?).",
    ),
    "lp_date": (
        "Ein Datum wird als JJJJ-MM-TT geschrieben, z. B. 2025-11-24 (gefunden: „{value}“).",
        "Write dates as YYYY-MM-DD, e.g. 2025-11-24 (found: “{value}”).",
    ),
    "lp_phone": (
        "„{value}“ ist keine gültige Telefonnummer. Schreibe sie mit Vorwahl, z. B. "
        '"06172 999-0" oder "+49 6172 999-0", in Anführungszeichen.',
        "“{value}” is not a valid phone number. Write it with the area code, e.g. "
        '"06172 999-0" or "+49 6172 999-0", in quotes.',
    ),
    "lp_email": (
        "„{value}“ ist keine gültige E-Mail-Adresse (Form: name@beispiel.de).",
        "“{value}” is not a valid e-mail address (form: name@example.org).",
    ),
    "lp_url": (
        "„{value}“ ist keine erlaubte Web-Adresse. Links beginnen mit https://.",
        "“{value}” is not an allowed web address. Links start with https://.",
    ),
    "lp_icon": (
        "„{value}“ ist kein bekanntes Symbol. Verwende ein Symbol aus Material, z. B. "
        "„material/stethoscope“ (Liste: https://pictogrammers.com/library/mdi/).",
        "“{value}” is not a known icon. Use an icon bundled with Material, e.g. "
        "“material/stethoscope” (list: https://pictogrammers.com/library/mdi/).",
    ),
    "lp_no_german": (
        "Der deutsche Text fehlt. Deutsch ist die Ausgangssprache: ergänze eine Zeile „de: …“.",
        "The German text is missing. German is the source language: add a line “de: …”.",
    ),
    "lp_time": (
        "„{value}“ ist keine Uhrzeit. Schreibe sie als HH:MM, z. B. 09:00 oder 14:30.",
        "“{value}” is not a time. Write it as HH:MM, e.g. 09:00 or 14:30.",
    ),
    "lp_hours_order": (
        "Die Sprechzeit endet ({end}), bevor sie beginnt ({start}). Tausche from und to.",
        "The office hours end ({end}) before they start ({start}). Swap from and to.",
    ),
    "lp_hours_overlap": (
        "Sprechzeit {index} überschneidet sich mit Sprechzeit {other} am selben Tag. Fasse sie "
        "zusammen oder korrigiere die Uhrzeit.",
        "Office hours {index} overlap with office hours {other} on the same day. Merge them or "
        "correct the time.",
    ),
    # Schema errors reported by Pydantic
    "missing": (
        "Pflichtfeld „{name}“ fehlt{parent}. Ergänze eine Zeile „{name}: …“.",
        "Required field “{name}” is missing{parent}. Add a line “{name}: …”.",
    ),
    "missing_parent": (" in {parent}", " in {parent}"),
    "extra": (
        "Unbekanntes Feld „{name}“.{hint} Erlaubt sind hier: {allowed}.",
        "Unknown field “{name}”.{hint} Allowed here: {allowed}.",
    ),
    "did_you_mean": (" Meinten Sie „{close}“?", " Did you mean “{close}”?"),
    "quote_it": (
        "YAML liest {typed} als {kind}, hier wird aber Text erwartet. Setze den Wert in "
        "Anführungszeichen: {fixed}",
        "YAML reads {typed} as {kind}, but text is expected here. Put the value in quotes: {fixed}",
    ),
    "text_expected": (
        "Hier wird Text erwartet, gefunden: {kind}.",
        "Text is expected here, found: {kind}.",
    ),
    "bool_expected": (
        "Schreibe true (ja) oder false (nein), ohne Anführungszeichen. Gefunden: „{value}“.",
        "Write true or false, without quotes. Found: “{value}”.",
    ),
    "int_expected": (
        "Hier wird eine ganze Zahl ohne Anführungszeichen erwartet, gefunden: „{value}“.",
        "A whole number without quotes is expected here, found: “{value}”.",
    ),
    "list_expected": (
        "Hier wird eine Liste erwartet, gefunden: {kind}. Schreibe jeden Eintrag in eine eigene "
        "Zeile mit „- “ davor.",
        "A list is expected here, found: {kind}. Write each entry on its own line starting "
        "with “- ”.",
    ),
    "mapping_expected": (
        "Hier werden eingerückte Felder erwartet (Feld: Wert), gefunden: {kind}.",
        "Indented fields (field: value) are expected here, found: {kind}.",
    ),
    "per_language": (
        " Übersetzbare Texte schreibt man je Sprache, z. B. „{name}:“ und darunter eingerückt "
        "„de: …“.",
        " Translatable texts are written per language, e.g. “{name}:” and below it, indented, "
        "“de: …”.",
    ),
    "choice": (
        "„{value}“ ist nicht erlaubt. Möglich sind: {choices}.",
        "“{value}” is not allowed. Possible values: {choices}.",
    ),
    "or": ("oder", "or"),
    "at_least": ("Die Zahl muss mindestens {limit} sein.", "The number must be at least {limit}."),
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
        "Hier werden nur .yml-Dateien gelesen. Verschiebe oder lösche diese Datei.",
        "Only .yml files are read here. Move or delete this file.",
    ),
    "bad_filename": (
        "Der Dateiname „{name}“ ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und "
        "Bindestriche, z. B. „bad-homburg.yml“ (ä → ae, ö → oe, ü → ue, ß → ss).",
        "The file name “{name}” is not a valid id: only lower-case letters a–z, digits and "
        "hyphens, e.g. “bad-homburg.yml” (ä → ae, ö → oe, ü → ue, ß → ss).",
    ),
    "duplicate_file_id": (
        "Die Kennung „{id}“ gibt es schon ({other}). Benenne eine der Dateien um.",
        "The id “{id}” exists already ({other}). Rename one of the files.",
    ),
    "unknown_entry": (
        "Unbekannte Datei oder unbekannter Ordner.{hint} Erwartet werden: {expected}.",
        "Unknown file or folder.{hint} Expected: {expected}.",
    ),
    # federation.yml
    "federation_missing": (
        "Die Verbund-Datei fehlt (z. B. federation.yml; Beispiel: `make federation`).",
        "The federation file is missing (e.g. federation.yml; see `make federation`).",
    ),
    "federation_reserved_id": (
        "„{id}“ ist als Kennung eines Kreises nicht möglich: Das Portal nutzt diese Adresse "
        "selbst (Sprachkürzel, assets, orte, search …). Wähle z. B. den Namen des Kreises.",
        "'{id}' cannot be a Kreis id: the portal uses this address itself (language codes, "
        "assets, orte, search …). Choose e.g. the Kreis's name.",
    ),
    "federation_duplicate_id": (
        "Die Kennung „{id}“ steht schon weiter oben. Jeder Kreis braucht eine eigene.",
        "The id '{id}' is already used above. Every Kreis needs its own.",
    ),
    "federation_no_folder": (
        "Den Datenordner „{folder}“ gibt es nicht (relativ zu dieser Datei). Prüfe den Pfad.",
        "There is no data folder '{folder}' (relative to this file). Check the path.",
    ),
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
        "„{value}“ steht doppelt in der Liste. Lösche eine Zeile.",
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
    "unknown_label": (
        "labels.{key}: Diese Beschriftung gibt es im Deutschen nicht. Tippfehler?",
        "labels.{key}: German has no such label. A typo?",
    ),
    "no_german_labels": ("Die deutschen Beschriftungen fehlen.", "The German labels are missing."),
    # New records
    "ask_name": ("Vor- und Nachname", "First and last name"),
    "ask_organisation": ("Kennung der Organisation", "Id of the organisation"),
    "ask_role": ("Aufgabe (auf Deutsch)", "Role (in German)"),
    "ask_phone": ("Telefon (leer lassen, wenn unbekannt)", "Phone (leave empty if unknown)"),
    "ask_email": ("E-Mail (leer lassen, wenn unbekannt)", "E-mail (leave empty if unknown)"),
    "ask_source": ("Quelle der Angaben (leer lassen, wenn keine)", "Source (leave empty if none)"),
    "ask_published": (
        "Liegt die schriftliche Einwilligung zur Veröffentlichung vor? (ja/nein)",
        "Is there written consent to publish? (yes/no)",
    ),
    "ask_title": ("Titel (auf Deutsch)", "Title (in German)"),
    "ask_summary": ("Ein Satz zur Beschreibung (auf Deutsch)", "One sentence summary (in German)"),
    "ask_description": ("Beschreibung (auf Deutsch)", "Description (in German)"),
    "ask_icon": ("Symbol, z. B. material/stethoscope", "Icon, e.g. material/stethoscope"),
    "missing_answer": ("Angabe fehlt: --{name}", "Missing: --{name}"),
    "unknown_choice": (
        "„{value}“ gibt es nicht. Möglich sind: {choices}.",
        "“{value}” does not exist. Possible: {choices}.",
    ),
    "exists": (
        "{file} gibt es schon. Bearbeite die Datei oder wähle einen anderen Namen.",
        "{file} exists already. Edit it or choose another name.",
    ),
    "created": (
        "Angelegt: {file}. Bitte prüfen und ergänzen; Übersetzungen folgen.",
        "Created: {file}. Please check and complete it; translations follow.",
    ),
    "report_written": ("Bericht gespeichert: {file}", "Report written: {file}"),
    "internal_error": (
        "Unerwarteter Fehler ({error}). Die Daten wurden nicht veröffentlicht. Bitte an das "
        "Technik-Team melden (mit LOTSENPORTAL_DEBUG=1 erscheinen Details).",
        "Unexpected error ({error}). Nothing was published. Please report it to the technical "
        "team (LOTSENPORTAL_DEBUG=1 shows details).",
    ),
    "stamped": (
        "{count} Dateien: Fingerabdruck des deutschen Textes eingetragen.",
        "{count} files: fingerprint of the German text recorded.",
    ),
    "required_missing": (
        "Pflichtseite fehlt: {page} gibt es in der Sprache {lang} nicht (required_translations in "
        "site.yml).",
        "Required page missing: {page} does not exist in language {lang} (required_translations "
        "in site.yml).",
    ),
    "exported": ("{count} Texte nach {file} exportiert.", "{count} texts exported to {file}."),
    "imported": ("{count} Dateien aktualisiert.", "{count} files updated."),
    "no_site": (
        "Keine gebaute Website in {site}/ – zuerst `make site` ausführen.",
        "No built site in {site}/ – run `make site` first.",
    ),
    "published": ("Veröffentlicht: {dest} → {release}", "Published: {dest} → {release}"),
    "flyers_printed": (
        "{count} Flyer als PDF in {out}/ (je Sprache ein Ordner, je Projekt eine Datei).",
        "{count} flyers as PDF in {out}/ (one folder per language, one file per project).",
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
}


def say(message: str, /, **params: object) -> str:
    """The catalogue entry `message` in the current language, placeholders filled."""
    german, english = CATALOG[message]
    template = english if current_language() == "en" else german
    return template.format(**params)


set_language(language_from_environment())
