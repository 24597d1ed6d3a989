"""Messages of building and publishing: the public address, the site lock, the swap, the
link check, the size limit, flyers (lotsenportal.build.publish, lotsenportal.build.pipeline),
building in parts, and the build's own speed-ups and webfont."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
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
    # The address of a preview, the lock's holder, building in parts
    "address_preview": ("Vorschau", "preview"),
    "lock_holder": (", Prozess {pid}", ", process {pid}"),
    "preview_only": ("Vorschau nur für: {languages}", "Preview only for: {languages}"),
    "part_languages": (
        "Sprachen de {languages}: {seconds} s",
        "Languages de {languages}: {seconds} s",
    ),
    # The build's own parts (lotsenportal.build.stack_patches, lotsenportal.site.webfonts)
    "patch_outdated": (
        "scripts/lotsenportal/build/stack_patches.py (WRITTEN_FOR): Die Beschleunigung {patch} "
        "ist für {distribution} {version} geschrieben, installiert ist {found}. Sie bleibt aus; "
        "die Seite wird richtig, nur langsamer gebaut. Prüfen Sie den Patch gegen die neue "
        "Version (make bench, tests/test_stack_patches.py) und tragen Sie dann die Version in "
        "WRITTEN_FOR ein.",
        "scripts/lotsenportal/build/stack_patches.py (WRITTEN_FOR): the speed-up {patch} was "
        "written for {distribution} {version}, but {found} is installed. It stays off; the site "
        "is built right, only more slowly. Check the patch against the new version (make bench, "
        "tests/test_stack_patches.py), then enter the version in WRITTEN_FOR.",
    ),
    "patch_not_installed": ("keine", "none"),
    "webfont_url_missing": (
        'overrides/theme/{stylesheet}: @font-face nennt url("{url}") nicht mehr. Bitte stellen '
        "Sie die Angabe wieder her (lotsenportal.site.webfonts schneidet die Schrift zu und setzt "
        "den Dateinamen ein).",
        'overrides/theme/{stylesheet}: @font-face no longer names url("{url}"). Please put it '
        "back (lotsenportal.site.webfonts cuts the font down and puts in the file name).",
    ),
    # The MkDocs hooks (scripts/hooks/)
    "build_data_errors": (
        "{count} Fehler in den Daten ({folder}); die Website wurde nicht gebaut.",
        "{count} errors in the data ({folder}); the website was not built.",
    ),
    "build_pages_from_data": (
        "Seiten aus Daten: {written} geschrieben, {removed} entfernt",
        "Pages from data: {written} written, {removed} removed",
    ),
    "build_font_cut": ("{url} → {name}: {count} Zeichen", "{url} → {name}: {count} characters"),
    "build_scripts_left_out": (
        "{count} Skriptdateien ausgelassen (Source Maps, ungenutzte Sprachen der Suche)",
        "{count} script files left out (source maps, unused search languages)",
    ),
    "build_unsafe_page": (
        "{where}: Die Seite enthält, was keine Seite enthalten darf ({listed}). Kommt es aus den "
        "Daten oder einer Übersetzung, ist dort Text als Code gelandet: bitte melden. Kommt es "
        "aus einer handgeschriebenen Seite, entfernen Sie es dort.",
        "{where}: The page holds what no page may hold ({listed}). If it comes from the data or "
        "a translation, text has ended up as code there: please report it. If it comes from a "
        "hand-written page, remove it there.",
    ),
}
