"""Messages of the commands staff run by hand: new records (`make new-…`), the report file,
an unexpected error, the pages and editor schemas written."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
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
    # The report file, an unexpected error (lotsenportal.cli)
    "report_written": ("Bericht gespeichert: {file}", "Report written: {file}"),
    "internal_error": (
        "Unerwarteter Fehler ({error}). Die Daten wurden nicht veröffentlicht. Bitte an das "
        "Technik-Team melden (mit LOTSENPORTAL_DEBUG=1 erscheinen Details).",
        "Unexpected error ({error}). Nothing was published. Please report it to the technical "
        "team (LOTSENPORTAL_DEBUG=1 shows details).",
    ),
    # Generated files (lotsenportal.cli: generate, schemas)
    "pages_written": (
        "{written} Seiten geschrieben, {removed} entfernt, {unchanged} unverändert.",
        "{written} pages written, {removed} removed, {unchanged} unchanged.",
    ),
    "schema_stale": (
        "{file}: veraltet – `make schemas` ausführen.",
        "{file}: out of date – run `make schemas`.",
    ),
    "schemas_written": (
        "JSON-Schemas erneuert; {count} Dateien geändert.",
        "JSON Schemas renewed; {count} files changed.",
    ),
}
