"""Messages about reading a data file: encoding, YAML syntax (PyYAML's problems in plain
words), and the bounds on what is read (lotsenportal.data.yamlsource, lotsenportal.data.safety)."""

from __future__ import annotations

# key: (German, English). Placeholders in {braces} are filled by `say`.
MESSAGES: dict[str, tuple[str, str]] = {
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
}
