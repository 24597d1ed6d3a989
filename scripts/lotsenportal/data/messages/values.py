"""Messages about single values: the rules of the schema's types (`lp_…`, raised by
lotsenportal.data.schema) and the ids that name records and towns."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
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
    "char_space": ("Leerzeichen", "space"),
    "char_tab": ("Tabulator", "tab"),
    "char_newline": ("Zeilenumbruch", "line break"),
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
}
