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
        "Die Datei ist nicht UTF-8-kodiert ({reason}). Speichern Sie sie im Editor als UTF-8.",
        "The file is not UTF-8 encoded ({reason}). Save it as UTF-8 in your editor.",
    ),
    "empty_file": ("Die Datei ist leer.", "The file is empty."),
    "tab": (
        "Die Zeile ist mit einem Tabulator eingerückt. YAML erlaubt nur Leerzeichen: ersetzen Sie "
        "den Tabulator durch zwei Leerzeichen.",
        "The line is indented with a tab. YAML allows only spaces: replace the tab by two spaces.",
    ),
    "tag": (
        "Die YAML-Markierung „{tag}“ ist hier nicht erlaubt. Entfernen Sie sie.",
        "The YAML tag “{tag}” is not allowed here. Remove it.",
    ),
    "key_not_scalar": (
        "Ein Feldname muss ein einfaches Wort sein.",
        "A field name must be a simple word.",
    ),
    "duplicate_key": (
        "Das Feld „{key}“ steht doppelt (zuerst in Zeile {line}). Löschen Sie eine der beiden "
        "Zeilen.",
        "The field “{key}” appears twice (first in line {line}). Delete one of the two lines.",
    ),
    "syntax_colon": (
        "YAML-Syntaxfehler: Nach einem Doppelpunkt mit Leerzeichen beginnt ein neuer Wert. Steht "
        "im Text ein „: “, setzen Sie den ganzen Text in Anführungszeichen.",
        "YAML syntax error: a colon followed by a space starts a new value. If your text contains "
        "“: ”, put the whole text in quotes.",
    ),
    "syntax_token": (
        "YAML-Syntaxfehler: Ein Zeichen kann hier nicht stehen (z. B. @ oder ` am Anfang eines "
        "Werts). Setzen Sie den Wert in Anführungszeichen.",
        "YAML syntax error: a character cannot stand here (e.g. @ or ` at the start of a value). "
        "Put the value in quotes.",
    ),
    "syntax_alias": (
        "YAML-Syntaxfehler: Ein Wert beginnt mit * oder &. Setzen Sie den ganzen Wert "
        "in Anführungszeichen.",
        "YAML syntax error: a value starts with * or &. Put the whole value in quotes.",
    ),
    "syntax_document": (
        "YAML-Syntaxfehler: Die Datei enthält eine zweite Trennlinie „---“. Eine Datei beschreibt "
        "genau einen Eintrag: löschen Sie die Zeile oder legen Sie eine neue Datei an.",
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
    "syntax_no_space": (
        "Nach dem Doppelpunkt fehlt ein Leerzeichen: schreiben Sie „{fixed}“.",
        "A space is missing after the colon: write “{fixed}”.",
    ),
    "syntax_colon_fix": (
        "YAML-Syntaxfehler: Nach einem Doppelpunkt mit Leerzeichen beginnt ein neuer Wert. Gehört "
        "der Doppelpunkt zum Text, setzen Sie den ganzen Text in Anführungszeichen: {fixed}",
        "YAML syntax error: a colon followed by a space starts a new value. If the colon belongs "
        "to the text, put the whole text in quotes: {fixed}",
    ),
    "syntax_after_quote": (
        "YAML-Syntaxfehler: Nach dem schließenden Anführungszeichen steht noch Text. Gehören die "
        "Anführungszeichen zum Text, setzen Sie den ganzen Wert in einfache Anführungszeichen: "
        "{fixed}",
        "YAML syntax error: there is more text after the closing quote. If the quotes belong to "
        "the text, put the whole value in single quotes: {fixed}",
    ),
    "syntax_sequence": (
        "YAML-Syntaxfehler: Ein Listeneintrag („- “) kann hier nicht stehen. Schreiben Sie den "
        "Feldnamen mit Doppelpunkt allein in eine Zeile und jeden Eintrag darunter in eine "
        "eigene Zeile, eingerückt: „  - …“. Beginnt ein Text mit „- “, setzen Sie ihn in "
        "Anführungszeichen.",
        "YAML syntax error: a list entry (“- ”) cannot stand here. Write the field name with its "
        "colon alone on a line and each entry below it on its own line, indented: “  - …”. If a "
        "text starts with “- ”, put it in quotes.",
    ),
    "syntax_question": (
        "YAML-Syntaxfehler: Ein Wert beginnt mit „? “. YAML liest das als Steuerzeichen: setzen "
        "Sie den ganzen Wert in Anführungszeichen.",
        "YAML syntax error: a value starts with “? ”. YAML reads this as an indicator: put the "
        "whole value in quotes.",
    ),
    "syntax_directive": (
        "YAML-Syntaxfehler: Eine Zeile beginnt mit „%“. YAML liest das als Steueranweisung. "
        "Löschen Sie die Zeile, oder setzen Sie den Text in Anführungszeichen.",
        "YAML syntax error: a line starts with “%”. YAML reads this as a directive. Delete the "
        "line, or put the text in quotes.",
    ),
    "syntax_document_end": (
        "YAML-Syntaxfehler: Die Datei geht nach einer Zeile „...“ (oder einer Zeile, die mit „%“ "
        "beginnt) weiter. „...“ beendet in YAML die Datei: löschen Sie diese Zeile; "
        "Auslassungspunkte in einem Text setzen Sie in Anführungszeichen.",
        "YAML syntax error: the file goes on after a line “...” (or a line starting with “%”). "
        "“...” ends the file in YAML: delete that line; put an ellipsis in a text in quotes.",
    ),
    "syntax_tag_char": (
        "YAML-Syntaxfehler: Ein Wert beginnt mit „!“. YAML liest das als Markierung: setzen Sie "
        "den ganzen Wert in Anführungszeichen.",
        "YAML syntax error: a value starts with “!”. YAML reads this as a tag: put the whole "
        "value in quotes.",
    ),
    "syntax_block": (
        "YAML-Syntaxfehler: Ein Wert beginnt mit „|“ oder „>“. YAML liest das als Beginn eines "
        "mehrzeiligen Textes, hinter dem in derselben Zeile nichts stehen darf. Setzen Sie den "
        "ganzen Wert in Anführungszeichen, oder schreiben Sie den Text eingerückt in die "
        "folgenden Zeilen.",
        "YAML syntax error: a value starts with “|” or “>”. YAML reads this as the start of a "
        "multi-line text, and nothing may follow on the same line. Put the whole value in "
        "quotes, or write the text indented on the following lines.",
    ),
    "syntax_escape": (
        "YAML-Syntaxfehler: In doppelten Anführungszeichen leitet ein umgekehrter Schrägstrich "
        "„\\“ ein Sonderzeichen ein. Setzen Sie den Text in einfache Anführungszeichen ('…') "
        "oder schreiben Sie den Schrägstrich doppelt („\\\\“).",
        "YAML syntax error: inside double quotes a backslash “\\” starts a special character. "
        "Put the text in single quotes ('…') or double the backslash (“\\\\”).",
    ),
    "syntax_node_content": (
        "YAML-Syntaxfehler: Ein Wert beginnt mit einem Zeichen, das YAML als Steuerzeichen liest "
        "(z. B. ] }} oder ,). Setzen Sie den ganzen Wert in Anführungszeichen.",
        "YAML syntax error: a value starts with a character YAML reads as an indicator (e.g. ] "
        "}} or ,). Put the whole value in quotes.",
    ),
    "syntax_other": (
        "YAML-Syntaxfehler: Diese Zeile lässt sich nicht lesen. Vergleichen Sie sie mit einer "
        "Zeile, die funktioniert (Feldname, Doppelpunkt, Leerzeichen, Wert), und setzen Sie "
        "Texte mit Sonderzeichen wie : # & * ! | > % @ in Anführungszeichen.",
        "YAML syntax error: this line cannot be read. Compare it with a line that works (field "
        "name, colon, space, value), and put texts with special characters such as : # & * ! | "
        "> % @ in quotes.",
    ),
    "control_char": (
        "Die Datei enthält hier ein unsichtbares Steuerzeichen ({code}), das YAML nicht erlaubt. "
        "Löschen Sie es: setzen Sie die Schreibmarke an diese Stelle und drücken Sie die "
        "Löschtaste, oder tippen Sie den Text neu, statt ihn einzufügen.",
        "The file contains an invisible control character here ({code}), which YAML does not "
        "allow. Delete it, or type the text again instead of pasting it.",
    ),
    "comment_cut": (
        "Alles ab „#“ liest YAML als Kommentar: gespeichert wird nur „{kept}“. Gehört der Rest "
        "zum Text, setzen Sie den ganzen Text in Anführungszeichen: {fixed} – ist es ein "
        "Kommentar, schreiben Sie ihn in eine eigene Zeile.",
        "YAML reads everything from “#” on as a comment: only “{kept}” is kept. If the rest "
        "belongs to the text, put the whole text in quotes: {fixed} – if it is a comment, put it "
        "on a line of its own.",
    ),
    # Bounds on what is read (lotsenportal.data.yamlsource, lotsenportal.data.safety)
    "file_too_large": (
        "Die Datei ist zu groß ({size} KiB; erlaubt sind höchstens {limit} KiB). Eine Datendatei "
        "hat nur wenige KiB: Prüfen Sie, ob Sie die richtige Datei gespeichert haben, und teilen "
        "Sie lange Inhalte auf mehrere Einträge auf.",
        "The file is too large ({size} KiB; at most {limit} KiB are allowed). A data file has "
        "only a few KiB: check that you saved the right file, and split long content into "
        "several records.",
    ),
    "not_readable": (
        "Die Datei lässt sich nicht lesen ({reason}). Prüfen Sie, ob sie noch existiert, und "
        "speichern Sie sie erneut.",
        "The file cannot be read ({reason}). Check that it still exists and save it again.",
    ),
    "not_a_regular_file": (
        "Das ist keine gewöhnliche Datei (z. B. ein Gerät oder eine Pipe). Ersetzen Sie sie durch "
        "eine normale .yml-Datei oder löschen Sie sie.",
        "This is not a regular file (e.g. a device or a pipe). Replace it with a normal .yml "
        "file or delete it.",
    ),
    "symlink": (
        "„{path}“ ist ein symbolischer Link (eine Verknüpfung auf eine andere Datei oder einen "
        "anderen Ordner). Links sind im Datenordner und in docs/ nicht erlaubt, weil über sie "
        "fremde Dateien des Servers veröffentlicht werden könnten. Löschen Sie den Link und legen "
        "Sie an seiner Stelle eine echte Datei an.",
        "“{path}” is a symbolic link (a shortcut to another file or folder). Links are not "
        "allowed in the data folder or in docs/, because they could publish other files of the "
        "server. Delete the link and put a real file in its place.",
    ),
    "yaml_anchor": (
        "YAML-Anker (&name) sind in den Daten nicht erlaubt, ebenso Verweise (*name) und „<<:“. "
        "Schreiben Sie jeden Wert vollständig aus. Beginnt ein Text mit & oder *, setzen Sie ihn "
        "in Anführungszeichen.",
        "YAML anchors (&name) are not allowed in the data, nor aliases (*name) and “<<:”. Write "
        "every value out in full. If a text starts with & or *, put it in quotes.",
    ),
    "yaml_alias": (
        "YAML-Syntaxfehler: Ein Wert beginnt mit * oder &. YAML liest das als Verweis (*name); "
        "Verweise und Anker sind in den Daten nicht erlaubt. Schreiben Sie den Wert aus und "
        "setzen Sie einen Text, der mit * oder & beginnt, in Anführungszeichen.",
        "YAML syntax error: a value starts with * or &. YAML reads this as an alias (*name); "
        "aliases and anchors are not allowed in the data. Write the value out and put a text "
        "that starts with * or & in quotes.",
    ),
    "too_deep": (
        "Die Angaben sind hier zu tief verschachtelt (mehr als {limit} Ebenen). So tief ist kein "
        "Feld eingerückt: Prüfen Sie ab dieser Stelle die Einrückung und die Klammern [ ] "
        "und {{ }}.",
        "The data is nested too deeply here (more than {limit} levels). No field is indented "
        "this deep: check the indentation and the brackets [ ] and {{ }} from here on.",
    ),
    "too_many_items": (
        "Die Liste hat {count} Einträge; erlaubt sind höchstens {limit}. Ab diesem Eintrag ist es "
        "zu viel: Kürzen Sie die Liste oder teilen Sie die Angaben auf.",
        "The list has {count} entries; at most {limit} are allowed. From this entry on it is too "
        "many: shorten the list or split the data.",
    ),
    "too_many_files": (
        "Im Ordner {folder}/ liegen mehr als {limit} Einträge. So viele sind nicht vorgesehen; "
        "der Ordner wurde nicht gelesen. Löschen Sie nicht benötigte Dateien oder bitten Sie das "
        "Technik-Team, die Grenze zu erhöhen.",
        "The folder {folder}/ holds more than {limit} entries. That many are not intended; the "
        "folder was not read. Delete files you do not need or ask the technical team to raise "
        "the limit.",
    ),
    "out_of_memory": (
        "Die Daten sind zu groß oder zu tief verschachtelt, um sie zu verarbeiten ({error}). "
        "Nichts wurde veröffentlicht. Prüfen Sie die zuletzt geänderten Dateien (Größe, "
        "Einrückung, Klammern) und melden Sie es dem Technik-Team, wenn es dabei bleibt.",
        "The data is too large or nested too deeply to process ({error}). Nothing was "
        "published. Check the files changed last (size, indentation, brackets) and tell the "
        "technical team if it persists.",
    ),
    # Ids (file names, town ids)
    "id_too_long": (
        "Die Kennung „{id}…“ ist zu lang ({length} Zeichen; erlaubt sind höchstens {limit}). "
        "Sie wird Teil der Adresse der Seite: {fix}",
        "The id “{id}…” is too long ({length} characters; at most {limit} are allowed). It "
        "becomes part of the page address: {fix}",
    ),
    "id_reserved": (
        "Die Kennung „{id}“ ist reserviert: Die Website verwendet sie selbst als Adresse, "
        "Sprachkürzel oder Sprungmarke. {fix}",
        "The id “{id}” is reserved: the website uses it itself as an address, language code or "
        "anchor. {fix}",
    ),
    "fix_rename_file": (
        "Wählen Sie eine andere, kürzere Kennung (z. B. „{example}“) und benennen Sie die Datei "
        "entsprechend um; passen Sie auch Verweise auf sie an.",
        "Choose another, shorter id (e.g. “{example}”), rename the file accordingly and update "
        "references to it.",
    ),
    "fix_change_town": (
        "Ändern Sie die Kennung (z. B. in „{example}“) und passen Sie die Verweise in projekte/ "
        "an.",
        "Change the id (e.g. to “{example}”) and update the references in projekte/.",
    ),
    "id_collision": (
        "Die Kennung „{id}“ gibt es schon in {other}. Beide werden Sprungmarken (#{id}) auf der "
        "Seite {page}, die nur einmal vorkommen dürfen. Benennen Sie eine der beiden Dateien um "
        "und passen Sie die Verweise an.",
        "The id “{id}” exists already in {other}. Both become anchors (#{id}) on the page "
        "{page}, which must be unique. Rename one of the two files and update the references.",
    ),
    "unpublished_ref": (
        "„{value}“ ist nicht veröffentlicht (published: false) und wird hier weggelassen – auf "
        "der Website, in den offenen Daten und überall sonst. Liegt eine Einwilligung vor, "
        "setzen Sie in kontakte/{value}.yml „published: true“; sonst löschen Sie diese Zeile.",
        "“{value}” is not published (published: false) and is left out here – on the website, "
        "in the open data and everywhere else. If there is consent, set “published: true” in "
        "kontakte/{value}.yml; otherwise delete this line.",
    ),
    # Values (raised by the schema)
    "lp_empty": (
        "Der Text ist leer. Schreiben Sie einen Text oder löschen Sie das Feld.",
        "The text is empty. Write a text or delete the field.",
    ),
    "lp_html": (
        "HTML ist in Texten nicht erlaubt (gefunden: „{found}“). Schreiben Sie nur Text; für "
        "Hervorhebungen geht **fett**, für Links [Text](https://…).",
        "HTML is not allowed in texts (found: “{found}”). Write plain text; use **bold** for "
        "emphasis and [text](https://…) for links.",
    ),
    "lp_too_long": (
        "Der Text ist zu lang ({length} Zeichen, erlaubt sind {limit}). Kürzen Sie ihn.",
        "The text is too long ({length} characters, {limit} allowed). Please shorten it.",
    ),
    "lp_line_break": (
        "Das Feld ist einzeilig, der Text enthält aber an Stelle {position} einen "
        "Zeilenumbruch. Schreiben Sie den Text in eine Zeile.",
        "This field is one line, but the text has a line break at position {position}. "
        "Write the text on one line.",
    ),
    "lp_invisible": (
        "Der Text enthält an Stelle {position} ein unsichtbares Zeichen ({name}, {code}). "
        "Löschen Sie es: setzen Sie die Schreibmarke an diese Stelle und drücken Sie die "
        "Löschtaste, oder tippen Sie den Text neu, statt ihn einzufügen.",
        "The text contains an invisible character at position {position} ({name}, {code}). "
        "Delete it, or type the text again instead of pasting it.",
    ),
    "lp_url_long": (
        "Die Web-Adresse ist länger als {limit} Zeichen. Verwenden Sie eine kürzere Adresse.",
        "The web address is longer than {limit} characters. Use a shorter address.",
    ),
    "lp_url_char": (
        "„{value}“ enthält das Zeichen „{char}“, das in Web-Adressen nicht vorkommen darf. "
        "Kopieren Sie die Adresse aus der Adresszeile des Browsers.",
        "“{value}” contains the character “{char}”, which may not appear in web addresses. "
        "Copy the address from the browser's address bar.",
    ),
    "lp_url_host": (
        "„{value}“ hat keinen gültigen Servernamen (z. B. www.beispiel.de). Kopieren Sie die "
        "Adresse aus der Adresszeile des Browsers.",
        "“{value}” has no valid host name (e.g. www.example.org). Copy the address from the "
        "browser's address bar.",
    ),
    "lp_url_userinfo": (
        "„{value}“ enthält Anmeldedaten (name@ vor dem Servernamen). Solche Adressen täuschen "
        "Leser; schreiben Sie nur https://servername/….",
        "“{value}” contains log-in data (name@ before the host name). Such addresses mislead "
        "readers; write only https://host/….",
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
    "lp_slug_long": (
        "Die Kennung „{value}…“ ist zu lang ({length} Zeichen; erlaubt sind höchstens {limit}). "
        "Kennungen werden Teil von Adressen: Kürzen Sie sie, z. B. auf den Namen ohne Zusätze.",
        "The id “{value}…” is too long ({length} characters; at most {limit} are allowed). Ids "
        "become part of addresses: shorten it, e.g. to the name without additions.",
    ),
    "lp_lang": (
        "„{value}“ ist kein Sprachkürzel. Verwenden Sie ISO-Kürzel wie de, en, ar, fa, uk, tr.",
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
    "lp_stand": (
        "Ein Stand wird als JJJJ-MM-TT geschrieben, z. B. 2025-11-24; nennt die Quelle nur Monat "
        "oder Jahr, als JJJJ-MM (2020-03) oder JJJJ (2025) (gefunden: „{value}“).",
        "Write a date as YYYY-MM-DD, e.g. 2025-11-24; when the source names only a month or a "
        "year, as YYYY-MM (2020-03) or YYYY (2025) (found: “{value}”).",
    ),
    "lp_phone": (
        "„{value}“ ist keine gültige Telefonnummer. Schreiben Sie sie mit Vorwahl, z. B. "
        '"06172 999-0" oder "+49 6172 999-0", in Anführungszeichen.',
        "“{value}” is not a valid phone number. Write it with the area code, e.g. "
        '"06172 999-0" or "+49 6172 999-0", in quotes.',
    ),
    "lp_phone_letters": (
        "„{value}“ enthält Buchstaben ({letters}). Eine Telefonnummer besteht nur aus Ziffern, "
        "Leerzeichen und / - . ( ) +. Schreiben Sie eine Buchstaben-Rufnummer in Ziffern; Zusätze "
        "wie „Tel.“ oder „(Frau Y.)“ lassen Sie weg. Eine Durchwahl hängen Sie mit Bindestrich "
        'an, z. B. "06172 999-12".',
        "“{value}” contains letters ({letters}). A phone number has only digits, spaces and "
        "/ - . ( ) +. Write a letter number in digits; leave out additions such as “Tel.” or "
        '“(Ms Y.)”. Append an extension with a hyphen, e.g. "06172 999-12".',
    ),
    "lp_phone_two": (
        "„{value}“ sieht nach mehr als einer Telefonnummer aus. Das Feld nimmt genau eine Nummer "
        "auf: Tragen Sie die wichtigste ein; eine zweite Ansprechperson erhält einen eigenen "
        "Kontakt.",
        "“{value}” looks like more than one phone number. The field takes exactly one number: "
        "enter the most important one; a second person gets a contact of their own.",
    ),
    "lp_phone_char": (
        "„{value}“ enthält das Zeichen „{char}“. Eine Telefonnummer besteht nur aus Ziffern, "
        'Leerzeichen und / - . ( ) +, z. B. "06172 999-0" oder "+49 6172 999-0".',
        "“{value}” contains the character “{char}”. A phone number has only digits, spaces and "
        '/ - . ( ) +, e.g. "06172 999-0" or "+49 6172 999-0".',
    ),
    "lp_phone_costly": (
        "„{value}“ ist eine kostenpflichtige Sondernummer (z. B. 0900, 0137, 0180). Anrufe "
        "kosten Ratsuchende viel Geld: Geben Sie die normale Festnetz- oder Mobilnummer an "
        "oder eine kostenlose 0800-Nummer.",
        "“{value}” is a premium-rate or shared-cost number (e.g. 0900, 0137, 0180). Calls cost "
        "people seeking advice a lot of money: give the normal landline or mobile number, or a "
        "free 0800 number.",
    ),
    "lp_lang_unknown": (
        "„{value}“ ist kein Sprachkürzel. Verwenden Sie zweibuchstabige ISO-639-1-Kürzel wie "
        "de, en, ar, fa, uk, tr (im Editor: Strg+Leertaste zeigt die Liste).",
        "“{value}” is not a language code. Use two-letter ISO 639-1 codes such as de, en, ar, "
        "fa, uk, tr (in the editor, Ctrl+Space shows the list).",
    ),
    "lp_lang_suggest": (
        "„{value}“ ist kein Sprachkürzel. Meinten Sie „{code}“ ({name})?",
        "“{value}” is not a language code. Did you mean “{code}” ({name})?",
    ),
    "lp_date_future": (
        "Das Datum {value} liegt in der Zukunft (heute ist der {today}). Tragen Sie den Tag "
        "ein, an dem Sie die Angaben tatsächlich geprüft haben.",
        "The date {value} lies in the future (today is {today}). Enter the day on which you "
        "actually checked the details.",
    ),
    "lp_email": (
        "„{value}“ ist keine gültige E-Mail-Adresse (Form: name@beispiel.de).",
        "“{value}” is not a valid e-mail address (form: name@example.org).",
    ),
    "lp_url": (
        "„{value}“ ist keine erlaubte Web-Adresse. Web-Adressen beginnen mit https://, "
        "z. B. https://www.beispiel.de/seite.",
        "“{value}” is not an allowed web address. Web addresses start with https://, "
        "e.g. https://www.example.org/page.",
    ),
    "lp_icon": (
        "„{value}“ ist kein bekanntes Symbol. Verwenden Sie ein Symbol aus Material, z. B. "
        "„material/stethoscope“ (Liste: https://pictogrammers.com/library/mdi/).",
        "“{value}” is not a known icon. Use an icon bundled with Material, e.g. "
        "“material/stethoscope” (list: https://pictogrammers.com/library/mdi/).",
    ),
    "lp_no_german": (
        "Der deutsche Text fehlt. Deutsch ist die Ausgangssprache: ergänzen Sie eine Zeile "
        "„de: …“.",
        "The German text is missing. German is the source language: add a line “de: …”.",
    ),
    "lp_postcode": (
        "„{value}“ ist keine Postleitzahl. Schreiben Sie die fünf Ziffern in Anführungszeichen, "
        'z. B. "61250".',
        '“{value}” is not a postcode. Write its five digits in quotes, e.g. "61250".',
    ),
    "lp_time": (
        "„{value}“ ist keine Uhrzeit. Schreiben Sie sie als HH:MM, z. B. 09:00 oder 14:30.",
        "“{value}” is not a time. Write it as HH:MM, e.g. 09:00 or 14:30.",
    ),
    "lp_hours_order": (
        "Die Sprechzeit endet ({end}), bevor sie beginnt ({start}). Tauschen Sie from und to.",
        "The office hours end ({end}) before they start ({start}). Swap from and to.",
    ),
    "lp_hours_overlap": (
        "Sprechzeit {index} überschneidet sich mit Sprechzeit {other} am selben Tag. Fassen Sie "
        "sie zusammen oder korrigieren Sie die Uhrzeit.",
        "Office hours {index} overlap with office hours {other} on the same day. Merge them or "
        "correct the time.",
    ),
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
    # Translation catalogs (lotsenportal.translations.catalog_sync, lotsenportal.build.migrate)
    "catalog_unreadable": (
        "Der Übersetzungskatalog lässt sich nicht lesen ({reason}). Bitte speichern Sie ihn "
        "mit Poedit oder nehmen Sie die letzte Änderung zurück; `msgfmt --check` zeigt die "
        "Stelle.",
        "The translation catalog cannot be read ({reason}). Please save it with Poedit or undo "
        "the last change; `msgfmt --check` shows the place.",
    ),
    "catalog_language": (
        "Im Kopf des Katalogs steht „Language: {value}“, der Ordner ist aber für die Sprache "
        "{lang}. Bitte tragen Sie „Language: {lang}“ ein.",
        "The catalog's header says “Language: {value}”, but the folder is for language {lang}. "
        "Please write “Language: {lang}”.",
    ),
    "catalog_language_unknown": (
        "„{code}“ ist keine Übersetzungssprache dieser Website (mkdocs.yml): dieser Katalog "
        "wird nie gelesen. Sprachen: {known}. Bitte benennen Sie den Ordner richtig oder "
        "löschen Sie ihn.",
        "“{code}” is not a translation language of this site (mkdocs.yml): this catalog is "
        "never read. Languages: {known}. Please name the folder correctly or delete it.",
    ),
    "catalog_stray_file": (
        "Diese Datei wird nie gelesen: hier gehört nur {expected} hin.",
        "This file is never read: only {expected} belongs here.",
    ),
    "catalog_unknown_context": (
        "Übersetzung für „{context}“, aber diesen deutschen Text gibt es nicht (mehr). "
        "Bitte ändern Sie msgctxt nie von Hand; `make translations` bringt den Katalog in "
        "Ordnung (entfernte Texte werden zu #~-Einträgen).",
        "A translation for “{context}”, but there is no (longer any) such German text. Never "
        "change msgctxt by hand; `make translations` puts the catalog in order (removed texts "
        "become #~ entries).",
    ),
    "catalog_image": (
        "Die Übersetzung enthält ein Bild (![…]), der deutsche Text nicht. Bitte übersetzen "
        "Sie nur den Text.",
        "The translation contains an image (![…]), the German text does not. Please translate "
        "only the text.",
    ),
    "translations_stale": (
        "{file}: nicht auf dem Stand der deutschen Texte. Bitte `make translations` ausführen "
        "und die geänderten Kataloge mit einchecken.",
        "{file}: not in step with the German texts. Please run `make translations` and commit "
        "the changed catalogs.",
    ),
    "translations_updated": (
        "{count} Übersetzungskataloge aktualisiert.",
        "{count} translation catalogs updated.",
    ),
    "migrated": (
        "{count} Dateien umgestellt: Daten enthalten nur noch Deutsch, Übersetzungen stehen in "
        "locale/<Sprache>/LC_MESSAGES/.",
        "{count} files migrated: data holds only German, translations are in "
        "locale/<language>/LC_MESSAGES/.",
    ),
    "migrate_dropped": (
        "Nicht übernommen (keine Sprache dieser Website, mkdocs.yml): {languages}.",
        "Left out (not a language of this site, mkdocs.yml): {languages}.",
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
        "{file} gibt es schon. Bearbeiten Sie die Datei oder wählen Sie einen anderen Namen.",
        "{file} exists already. Edit it or choose another name.",
    ),
    "created": (
        "Angelegt: {file}. Bitte prüfen und ergänzen; Übersetzungen folgen.",
        "Created: {file}. Please check and complete it; translations follow.",
    ),
    "ask_date": (
        "Datum der Meldung, JJJJ-MM-TT (leer lassen für heute)",
        "Date of the news item, YYYY-MM-DD (leave empty for today)",
    ),
    "ask_body": (
        "Text der Meldung (auf Deutsch; weitere Absätze können Sie danach in der Datei ergänzen)",
        "Text of the news item (in German; you can add more paragraphs in the file afterwards)",
    ),
    "answer_required": (
        "Diese Angabe ist nötig. Bitte geben Sie sie ein.",
        "This answer is required. Please enter it.",
    ),
    "answer_yes_no": (
        "Bitte antworten Sie mit „ja“ oder „nein“.",
        "Please answer “yes” or “no”.",
    ),
    "new_id_unusable": (
        "Daraus würde die Kennung (der Dateiname) „{id}“, und die ist nicht möglich: leer oder "
        "von der Website selbst belegt. Bitte geben Sie einen anderen Namen ein.",
        "That would make the id (the file name) “{id}”, which is not possible: empty or used by "
        "the website itself. Please enter another name.",
    ),
    "input_ended": (
        "Die Eingabe endete vor der Frage „{question}“ (--{name}). Es wurde keine Datei "
        "geschrieben. Bitte geben Sie alle Antworten an, eine je Zeile.",
        "The input ended before the question “{question}” (--{name}). No file was written. "
        "Please give every answer, one per line.",
    ),
    "new_cancelled": (
        "Abgebrochen – es wurde keine Datei geschrieben.",
        "Cancelled – no file was written.",
    ),
    "new_id": ("Kennung des neuen Eintrags: {id}", "Id of the new record: {id}"),
    "new_contact_id": (
        "Damit die Person bei einem Projekt erscheint, tragen Sie in dessen Datei "
        "(data/projekte/) unter contacts: die Kennung ein, z. B. contacts: [{id}]",
        "For the person to appear with a project, add the id under contacts: in the project's "
        "file (data/projekte/), e.g. contacts: [{id}]",
    ),
    "new_published": (
        "Die Person wird veröffentlicht (published: true). Das ist nur richtig, wenn ihre "
        "schriftliche Einwilligung vorliegt.",
        "The person will be published (published: true). That is only right with their "
        "written consent.",
    ),
    "new_unpublished": (
        "Die Person wird nicht veröffentlicht (published: false): Sie erscheint auf keiner "
        "Seite. Die Datei ist im öffentlichen Repository auf GitHub trotzdem lesbar.",
        "The person will not be published (published: false): they appear on no page. The "
        "file is still readable in the public repository on GitHub.",
    ),
    "new_translations": (
        "Danach bitte `make translations` ausführen und die geänderten .po-Dateien mit "
        "einchecken: So kommen die neuen Texte zu den Übersetzerinnen und Übersetzern.",
        "Then please run `make translations` and commit the changed .po files: this passes "
        "the new texts on to the translators.",
    ),
    "placeholder_left": (
        "{field}: Hier steht noch ein Platzhalter aus der Vorlage: {text}. Bitte ersetzen Sie "
        "ihn samt den Klammern [[ ]] durch die richtige Angabe.",
        "{field}: a placeholder from the template is still here: {text}. Please replace it, "
        "brackets [[ ]] included, by the right value.",
    ),
    "report_written": ("Bericht gespeichert: {file}", "Report written: {file}"),
    "internal_error": (
        "Unerwarteter Fehler ({error}). Die Daten wurden nicht veröffentlicht. Bitte an das "
        "Technik-Team melden (mit LOTSENPORTAL_DEBUG=1 erscheinen Details).",
        "Unexpected error ({error}). Nothing was published. Please report it to the technical "
        "team (LOTSENPORTAL_DEBUG=1 shows details).",
    ),
    "required_missing": (
        "Pflichtseite fehlt: {page} gibt es in der Sprache {lang} nicht (required_translations in "
        "site.yml).",
        "Required page missing: {page} does not exist in language {lang} (required_translations "
        "in site.yml).",
    ),
    "label_placeholders": (
        "Platzhalter im Text „{key}“ passen nicht zum deutschen Text: erlaubt sind genau "
        "{expected}. Bitte übernehmen Sie die Platzhalter in geschweiften Klammern unverändert "
        "aus overrides/strings/de.yml; andere geschweifte Klammern schreiben Sie doppelt.",
        "Placeholders in “{key}” do not match the German text: exactly {expected} allowed. "
        "Please copy the placeholders in braces unchanged from overrides/strings/de.yml; write "
        "any other brace doubled.",
    ),
    "catalog_placeholders": (
        "Platzhalter stimmen nicht: genau {expected} erwartet, wie im deutschen Text. "
        "Geschweifte Klammern sind sonst nur verdoppelt erlaubt ({{{{ und }}}}).",
        "Placeholders do not match: exactly {expected} expected, as in the German text. Other "
        "braces must be doubled ({{{{ and }}}}).",
    ),
    "catalog_links": (
        "Link-Ziele stimmen nicht: {expected} erwartet. Bitte übersetzen Sie nur den Linktext "
        "in [eckigen Klammern] und lassen Sie das Ziel in (runden Klammern) unverändert.",
        "Link targets do not match: {expected} expected. Please translate only the link text in "
        "[square brackets] and keep the target in (parentheses) unchanged.",
    ),
    "catalog_html": (
        "HTML ist nicht erlaubt (gefunden: „{found}“). Bitte schreiben Sie nur Text; "
        "Hervorhebung mit **fett**, Links mit [Text](https://…).",
        "HTML is not allowed (found: “{found}”). Please write plain text; **bold** for "
        "emphasis, [text](https://…) for links.",
    ),
    # Building for publishing, the site lock, the swap (lotsenportal.build.publish)
    "publish_no_address": (
        "Für die Veröffentlichung fehlt die öffentliche Adresse der Website (sie steht in den "
        "QR-Codes der Flyer, im Feed, in der Sitemap und in security.txt). Bitte tragen Sie sie "
        "in {site_yml} ein, z. B. „url: https://lotsen.example.org/“, oder setzen Sie "
        "SITE_URL=https://… (SITE_URL hat Vorrang).",
        "The site's public address is missing for publishing (it goes into the flyers' QR "
        "codes, the feed, the sitemap and security.txt). Please add it to {site_yml}, e.g. "
        "“url: https://lotsen.example.org/”, or set SITE_URL=https://… (SITE_URL wins).",
    ),
    "publish_bad_address": (
        "„{url}“ (aus {origin}) ist keine öffentliche Adresse: {reason}. So würde sie in die "
        "QR-Codes der Flyer, den Feed und die Sitemap geschrieben. Bitte tragen Sie die "
        "öffentliche https-Adresse in {site_yml} unter „url:“ ein oder setzen Sie "
        "SITE_URL=https://… .",
        "“{url}” (from {origin}) is not a public address: {reason}. It would go into the "
        "flyers' QR codes, the feed and the sitemap. Please put the public https address into "
        "{site_yml} under “url:” or set SITE_URL=https://… .",
    ),
    "address_not_https": ("sie beginnt nicht mit https://", "it does not start with https://"),
    "address_no_host": ("sie nennt keinen Rechner", "it names no host"),
    "address_local": (
        "sie zeigt auf diesen Rechner oder ein privates Netz ({host})",
        "it points to this machine or a private network ({host})",
    ),
    "address_extra": (
        "sie darf weder Benutzername, Passwort, ?Abfrage noch #Anker enthalten",
        "it may contain no user name, password, ?query or #fragment",
    ),
    "publish_built_for": (
        "Die Website in {site}/ wurde für {built} gebaut, veröffentlicht werden soll sie unter "
        "{url}. Bitte bauen Sie sie für die Veröffentlichung neu: `make publish DEST=…` (oder "
        "`make site PUBLISH=1`).",
        "The site in {site}/ was built for {built}, but is to be published at {url}. Please "
        "build it for publishing: `make publish DEST=…` (or `make site PUBLISH=1`).",
    ),
    "site_locked": (
        "Ein anderer Lauf von `make site` oder `make publish` arbeitet gerade an {site}/ "
        "(Sperrdatei {lock}{holder}). Bitte warten Sie, bis er fertig ist, und starten Sie "
        "dann noch einmal.",
        "Another run of `make site` or `make publish` is working on {site}/ (lock file "
        "{lock}{holder}). Please wait until it has finished, then start again.",
    ),
    "site_built": (
        "Website gebaut: {site}/ (Adresse {url})",
        "Site built: {site}/ (address {url})",
    ),
    "swap_missing": (
        "{next}/ fehlt: Es gibt keine neu gebaute Website zum Einsetzen. Bitte bauen Sie zuerst "
        "mit `make site`.",
        "{next}/ is missing: there is no newly built site to swap in. Please build with "
        "`make site` first.",
    ),
    "links_broken": (
        "Defekte interne Links oder Anker in {site}/ (Ausgabe von lychee oben); die bisherige "
        "Website bleibt. Bitte korrigieren Sie die genannten Seiten.",
        "Broken internal links or anchors in {site}/ (lychee's output above); the previous "
        "site stays. Please fix the pages named.",
    ),
    "site_too_large": (
        "{site}/ ist mit {size} MB größer, als GitHub Pages veröffentlicht (höchstens {limit} MB); "
        "die bisherige Website bleibt. Am größten: {largest}. Weniger Sprachen oder Kreise je "
        "Website bauen, oder große Dateien aus docs/ entfernen.",
        "{site}/ is {size} MB, more than GitHub Pages publishes (at most {limit} MB); the "
        "previous site stays. Largest: {largest}. Build fewer languages or Kreise per site, or "
        "remove large files from docs/.",
    ),
    "no_site": (
        "Keine gebaute Website in {site}/ – zuerst `make site` ausführen.",
        "No built site in {site}/ – run `make site` first.",
    ),
    "published": ("Veröffentlicht: {dest} → {release}", "Published: {dest} → {release}"),
    "flyers_preview_address": (
        "Warnung: Die Website wurde für {url} gebaut, keine öffentliche Adresse. QR-Code und "
        "Adresse auf den gedruckten Flyern führen dann nirgendwohin. Für den Druck zuerst "
        "`make site PUBLISH=1` (mit SITE_URL oder url: in site.yml) ausführen.",
        "Warning: the site was built for {url}, not a public address. The QR code and the "
        "address on the printed flyers then lead nowhere. For printing, run "
        "`make site PUBLISH=1` (with SITE_URL or url: in site.yml) first.",
    ),
    "flyers_printed": (
        "{count} Flyer als PDF in {out}/ (je Sprache ein Ordner, je Projekt eine Datei).",
        "{count} flyers as PDF in {out}/ (one folder per language, one file per project).",
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
}


def say(message: str, /, **params: object) -> str:
    """The catalogue entry `message` in the current language, placeholders filled."""
    german, english = CATALOG[message]
    template = english if current_language() == "en" else german
    return template.format(**params)


set_language(language_from_environment())
