"""Messages about translations: the gettext catalogs, the required pages, the labels'
placeholders, the migration from the old format, and the table of what is translated."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
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
    # Required pages and the placeholders of translated texts (lotsenportal.translations)
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
    # The state of the translations (lotsenportal.translations.coverage, the report's table)
    "language": ("Sprache", "Language"),
    "status_missing": ("fehlt", "missing"),
    "status_draft": ("Entwurf", "draft"),
    "status_outdated": ("veraltet", "outdated"),
    "status_reviewed": ("geprüft", "reviewed"),
    "coverage_pages": ("Seiten", "Pages"),
    "coverage_records": ("Daten", "Data"),
    "coverage_labels": ("Beschriftungen", "Labels"),
    "coverage_columns": ("fe  en  ve  ge", "mi  dr  ou  re"),
    "coverage_legend": (
        "fe = fehlt, en = Entwurf (ungeprüft), ve = veraltet, ge = geprüft",
        "mi = missing, dr = draft (not reviewed), ou = outdated, re = reviewed",
    ),
}
