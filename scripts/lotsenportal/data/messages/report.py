"""Messages of the staff report (`make report`: lotsenportal.render.report and its template
render/templates/report.md): headings, hints, and the gaps it lists."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
    # Headings and hints (templates/report.md)
    "report_title": ("Datenbericht {region}", "Data report {region}"),
    "report_as_of": (
        "Stand: {today} · Datenordner: `{data_dir}`",
        "As of: {today} · data folder: `{data_dir}`",
    ),
    "report_none": ("Keine.", "None."),
    "report_stale": (
        "Zu prüfen: veraltete Angaben ({count})",
        "To check: outdated details ({count})",
    ),
    "report_changes": (
        "Umbenannt oder zusammengelegt ({count})",
        "Renamed or merged ({count})",
    ),
    "report_changes_hint": (
        "Prüfen Sie Namen, Adressen und Ansprechpersonen in den Einträgen, die auf diese "
        "Organisationen\nverweisen.",
        "Check names, addresses and contact persons in the records that refer to these "
        "organisations.",
    ),
    "report_referring": ("verweisen darauf:", "referred to by:"),
    "report_unreachable": (
        "Nur über die Kreisverwaltung erreichbar ({count})",
        "Reachable only through the Kreis administration ({count})",
    ),
    "report_unreachable_hint": (
        "Tragen Sie Telefon oder E-Mail des Projekts, seines Trägers oder einer Ansprechperson "
        "ein.",
        "Add a phone number or e-mail address of the project, its carrier or a contact person.",
    ),
    "report_unpublished": ("Nicht veröffentlicht ({count})", "Not published ({count})"),
    "report_unpublished_hint": (
        "Diese Kontakte erscheinen nirgends auf der Website (keine Einwilligung, "
        "`published: false`).",
        "These contacts appear nowhere on the website (no consent, `published: false`).",
    ),
    "report_gaps": ("Fehlende Angaben ({count})", "Missing details ({count})"),
    "report_translations": ("Übersetzungen", "Translations"),
    "report_translations_hint": (
        "Einträge mit Texten je Sprache (Seiten und Beschriftungen: `make translations`).",
        "Records with texts, per language (pages and labels: `make translations`).",
    ),
    # The gaps (lotsenportal.render.report)
    "gap_only_kreis": (
        "weder das Projekt noch sein Träger noch eine Ansprechperson hat Telefon oder E-Mail: "
        "Leserinnen und Leser werden an {office} (`{file}`) verwiesen",
        "neither the project nor its carrier nor a contact person has a phone number or e-mail "
        "address: readers are referred to {office} (`{file}`)",
    ),
    "gap_contact_unreachable": (
        "weder Telefon noch E-Mail eingetragen",
        "neither phone nor e-mail entered",
    ),
    "gap_reviewed": (
        "reviewed fehlt: Stand der Angaben (Tag der Prüfung, sonst Datum der Quelle)",
        "reviewed is missing: the date of the details (the day they were checked, else the "
        "date of the source)",
    ),
    "gap_no_contact": (
        "keine Kontaktmöglichkeit (Telefon, E-Mail, Webseite oder Person)",
        "no way to get in touch (phone, e-mail, website or person)",
    ),
    "gap_towns": (
        "Orte (towns) noch nicht erfasst – Leser werden an die koordinierende Stelle verwiesen",
        "towns not entered yet – readers are referred to the coordinating office",
    ),
    "gap_einsatzfelder": (
        "Einsatzfelder noch nicht erfasst",
        "fields of work (einsatzfelder) not entered yet",
    ),
    "gap_no_person": ("keine veröffentlichte Ansprechperson", "no published contact person"),
    "gap_how_to_request": (
        "how_to_request fehlt (wie man eine Lotsin anfragt)",
        "how_to_request is missing (how to ask for a Lotse)",
    ),
}
