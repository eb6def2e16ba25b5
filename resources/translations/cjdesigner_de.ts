<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Accessibility</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n Schritt</numerusform>
                <numerusform>%n Schritte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n Stimme</numerusform>
                <numerusform>%n Stimmen</numerusform>
            </translation>
        </message>
        <message>
            <source>Arrow keys move between cells and cards and up to the step, stage and lane headers; Enter adds a card or renames a header, F2 edits the card.</source>
            <translation>Die Pfeiltasten wechseln zwischen Zellen und Karten und hinauf zu den Kopfzeilen von Schritt, Phase und Bahn; Eingabe fügt eine Karte hinzu oder benennt eine Kopfzeile um, F2 bearbeitet die Karte.</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <source>Journey map: {title}</source>
            <translation>Journey Map: {title}</translation>
        </message>
        <message>
            <source>Lane {name}</source>
            <translation>Bahn {name}</translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>Phase {name}</translation>
        </message>
        <message>
            <source>Step {name}</source>
            <translation>Schritt {name}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Ohne Titel</translation>
        </message>
        <message>
            <source>Untitled card</source>
            <translation>Karte ohne Titel</translation>
        </message>
        <message>
            <source>channel {channel}</source>
            <translation>Kanal {channel}</translation>
        </message>
        <message>
            <source>emotion {value}</source>
            <translation>Emotion {value}</translation>
        </message>
        <message>
            <source>evidence {evidence}</source>
            <translation>Beleg {evidence}</translation>
        </message>
        <message>
            <source>in stage {stage}; {cards}</source>
            <translation>in der Phase {stage}; {cards}</translation>
        </message>
        <message>
            <source>in {lane}, {stage} › {step}</source>
            <translation>in {lane}, {stage} › {step}</translation>
        </message>
        <message>
            <source>owner {owner}</source>
            <translation>Verantwortlich {owner}</translation>
        </message>
        <message>
            <source>tags {tags}</source>
            <translation>Schlagwörter {tags}</translation>
        </message>
        <message>
            <source>{curve} at {step}: {value}</source>
            <translation>{curve} bei {step}: {value}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n Emotionskurve</numerusform>
                <numerusform>%n Emotionskurven</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n Bahn</numerusform>
                <numerusform>%n Bahnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>%n Persona</numerusform>
                <numerusform>%n Personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n Phase</numerusform>
                <numerusform>%n Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n Schritt</numerusform>
                <numerusform>%n Schritte</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>--language {tag!r} is not a language tag such as da, en-US or ar</source>
            <translation>--language {tag!r} ist kein Sprachkennzeichen wie da, en-US oder ar</translation>
        </message>
        <message>
            <source>a bundled template is damaged: {exc}</source>
            <translation>eine mitgelieferte Vorlage ist beschädigt: {exc}</translation>
        </message>
        <message>
            <source>no template named {template!r}; choose one of: {available}</source>
            <translation>keine Vorlage heißt {template!r}; wählen Sie eine von: {available}</translation>
        </message>
        <message>
            <source>no templates are installed</source>
            <translation>es sind keine Vorlagen installiert</translation>
        </message>
        <message>
            <source>the template is damaged: {exc}</source>
            <translation>die Vorlage ist beschädigt: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{output}: %n answer(s) stored as {metrics} step metrics</source>
            <translation>
                <numerusform>{output}: %n Antwort als {metrics} Schrittkennzahlen gespeichert</numerusform>
                <numerusform>{output}: %n Antworten als {metrics} Schrittkennzahlen gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>{output}: cannot export to {wanted} files; use one of {value} as the output suffix</source>
            <translation>{output}: kann nicht in {wanted}-Dateien exportieren; verwenden Sie eine der Endungen {value}</translation>
        </message>
        <message>
            <source>{output}: cannot export: {reason}</source>
            <translation>{output}: Export nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>{output}: cannot write ({reason})</source>
            <translation>{output}: kann nicht geschrieben werden ({reason})</translation>
        </message>
        <message>
            <source>{output}: exported {summary}</source>
            <translation>{output}: exportiert: {summary}</translation>
        </message>
        <message>
            <source>{output}: future state of {map}: {summary}</source>
            <translation>{output}: Zielbild von {map}: {summary}</translation>
        </message>
        <message>
            <source>{output}: imported from {source}: {summary}</source>
            <translation>{output}: importiert aus {source}: {summary}</translation>
        </message>
        <message>
            <source>{output}: is the {what} itself; choose another output file</source>
            <translation>{output}: ist die {what} selbst; wählen Sie eine andere Ausgabedatei</translation>
        </message>
        <message>
            <source>{output}: new map from template {name}: {summary}</source>
            <translation>{output}: neue Karte aus der Vorlage {name}: {summary}</translation>
        </message>
        <message>
            <source>{output}: warning: {warning}</source>
            <translation>{output}: Warnung: {warning}</translation>
        </message>
        <message>
            <source>{output}: write the comparison as .cjm (a map) or .pdf (a poster)</source>
            <translation>{output}: schreiben Sie den Vergleich als .cjm (eine Karte) oder .pdf (ein Poster)</translation>
        </message>
        <message>
            <source>{path}: already exists; add --force to replace it</source>
            <translation>{path}: existiert bereits; mit --force wird sie ersetzt</translation>
        </message>
        <message>
            <source>{path}: is a folder</source>
            <translation>{path}: ist ein Ordner</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: Datei nicht gefunden</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path}: ist keine Datei</translation>
        </message>
        <message>
            <source>{path}: not replaced: {strerror}</source>
            <translation>{path}: nicht ersetzt: {strerror}</translation>
        </message>
        <message>
            <source>{path}: ok, {summary}</source>
            <translation>{path}: in Ordnung, {summary}</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{path}: {summary}</source>
            <translation>{path}: {summary}</translation>
        </message>
        <message>
            <source>{program} diff --textconv: give exactly one FILE</source>
            <translation>{program} diff --textconv: geben Sie genau eine DATEI an</translation>
        </message>
        <message>
            <source>{program} diff: give OLD and NEW (or git's seven diff-driver arguments)</source>
            <translation>{program} diff: geben Sie ALT und NEU an (oder die sieben Argumente eines git-Diff-Treibers)</translation>
        </message>
        <message>
            <source>{program} export: warning: {flag} does not apply to {suffix} files</source>
            <translation>{program} export: Warnung: {flag} gilt nicht für {suffix}-Dateien</translation>
        </message>
        <message>
            <source>{program} merge: {exc}</source>
            <translation>{program} merge: {exc}</translation>
        </message>
        <message>
            <source>{program}: cannot open the editor: {problem}</source>
            <translation>{program}: der Editor kann nicht geöffnet werden: {problem}</translation>
        </message>
        <message>
            <source>{program}: cannot start the editor: {exc}</source>
            <translation>{program}: der Editor kann nicht gestartet werden: {exc}</translation>
        </message>
        <message>
            <source>{program}: interrupted</source>
            <translation>{program}: abgebrochen</translation>
        </message>
        <message>
            <source>{program}: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open; these commands work without one:</source>
            <translation>{program}: keine Anzeige (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann der Editor nicht öffnen; diese Befehle funktionieren ohne:</translation>
        </message>
        <message>
            <source>{program}: {problem}</source>
            <translation>{program}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{shown}: %n conflict(s) kept in the map; open it in cjdesigner to pick a side for each</source>
            <translation>
                <numerusform>{shown}: %n Konflikt in der Karte behalten; öffnen Sie sie in cjdesigner, um eine Seite zu wählen</numerusform>
                <numerusform>{shown}: %n Konflikte in der Karte behalten; öffnen Sie sie in cjdesigner, um für jeden eine Seite zu wählen</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown}: CONFLICT {describe}</source>
            <translation>{shown}: KONFLIKT {describe}</translation>
        </message>
        <message>
            <source>{source}: warning: {warning}</source>
            <translation>{source}: Warnung: {warning}</translation>
        </message>
        <message>
            <source>{title} ({kind}): {parts}</source>
            <translation>{title} ({kind}): {parts}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add card</source>
            <translation>Karte hinzufügen</translation>
        </message>
        <message>
            <source>Change lane kind</source>
            <translation>Bahnart ändern</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Cut cards</source>
            <translation>Karten ausschneiden</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>Karte löschen</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Karten löschen</translation>
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation>Karten duplizieren</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Neuer Schritt</translation>
        </message>
        <message>
            <source>Paste cards</source>
            <translation>Karten einfügen</translation>
        </message>
        <message>
            <source>Recolour lane</source>
            <translation>Bahn umfärben</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Phase umfärben</translation>
        </message>
        <message numerus="yes">
            <source>Remove the lane “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Die Bahn „{name}“ und die %n Karte darin entfernen?</numerusform>
                <numerusform>Die Bahn „{name}“ und die %n Karten darin entfernen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the stage “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Die Phase „{name}“ und die %n Karte darin entfernen?</numerusform>
                <numerusform>Die Phase „{name}“ und die %n Karten darin entfernen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the step “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Den Schritt „{name}“ und die %n Karte darin entfernen?</numerusform>
                <numerusform>Den Schritt „{name}“ und die %n Karten darin entfernen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Bahn umbenennen</translation>
        </message>
        <message>
            <source>Rename map</source>
            <translation>Karte umbenennen</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Phase umbenennen</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Schritt umbenennen</translation>
        </message>
        <message>
            <source>Set step time</source>
            <translation>Uhrzeit des Schritts festlegen</translation>
        </message>
        <message>
            <source>Time (HH:MM, empty for none):</source>
            <translation>Uhrzeit (HH:MM, leer für keine):</translation>
        </message>
    </context>
    <context>
        <name>Comparing</name>
        <message>
            <source>Cannot compare</source>
            <translation>Vergleich nicht möglich</translation>
        </message>
        <message>
            <source>Compare with map</source>
            <translation>Mit Karte vergleichen</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>. On the canvas: + added, ~ changed, › moved; Δ is each step's emotion change.</source>
            <translation>. Auf der Arbeitsfläche: + hinzugefügt, ~ geändert, › verschoben; Δ ist die Gefühlsänderung jedes Schritts.</translation>
        </message>
        <message>
            <source>Compared with {label}: </source>
            <translation>Verglichen mit {label}: </translation>
        </message>
        <message>
            <source>Not comparing. View › Compare with… shows what changed since the last save or against another map.</source>
            <translation>Kein Vergleich. Ansicht › Vergleichen mit… zeigt, was sich seit dem letzten Speichern oder gegenüber einer anderen Karte geändert hat.</translation>
        </message>
        <message>
            <source>Stop Comparing</source>
            <translation>Vergleich beenden</translation>
        </message>
        <message>
            <source>no changes</source>
            <translation>keine Änderungen</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message numerus="yes">
            <source>%n conflict(s) from a merge. The map holds ours for each until you pick a side.</source>
            <translation>
                <numerusform>%n Konflikt aus einer Zusammenführung. Die Karte behält unsere Fassung, bis du eine Seite wählst.</numerusform>
                <numerusform>%n Konflikte aus einer Zusammenführung. Die Karte behält jeweils unsere Fassung, bis du eine Seite wählst.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot keep that side: {exc}</source>
            <translation>Diese Seite kann nicht übernommen werden: {exc}</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Unsere behalten</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Ihre behalten</translation>
        </message>
        <message>
            <source>Keep {ours_label}</source>
            <translation>{ours_label} behalten</translation>
        </message>
        <message>
            <source>Keep {theirs_label}</source>
            <translation>{theirs_label} behalten</translation>
        </message>
        <message>
            <source>No merge conflicts.</source>
            <translation>Keine Konflikte aus Zusammenführungen.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Card lists (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
            <translation>Kartenlisten (*.csv *.xlsx *.xlsm);;CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx *.xlsm);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Auf der Festplatte geändert</translation>
        </message>
        <message>
            <source>If you don’t save, your changes will be lost.</source>
            <translation>Wenn du nicht speicherst, gehen deine Änderungen verloren.</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Journey Maps (*.cjm);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Karte öffnen</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Überschreiben</translation>
        </message>
        <message>
            <source>Overwrite replaces their version (it is kept as the .bak file until the next save); Save As… keeps both; Reload drops your changes here and shows theirs. Show Details… lists what differs.</source>
            <translation>Überschreiben ersetzt ihre Fassung (sie bleibt bis zum nächsten Speichern als .bak-Datei erhalten); Speichern unter… behält beide; Neu laden verwirft deine Änderungen hier und zeigt ihre. Details anzeigen… listet die Unterschiede auf.</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Save map</source>
            <translation>Karte speichern</translation>
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>“{name}” was changed on disk by another program or editor.</source>
            <translation>„{name}“ wurde auf der Festplatte von einem anderen Programm oder Editor geändert.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source> Reload would drop your unsaved changes here; Save will ask before it replaces their version.</source>
            <translation> Neu laden würde deine nicht gespeicherten Änderungen hier verwerfen; Speichern fragt, bevor es ihre Fassung ersetzt.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; changed on disk.{extra}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; wurde auf der Festplatte geändert.{extra}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; was moved or deleted on disk. Save to write it again.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; wurde auf der Festplatte verschoben oder gelöscht. Speichere, um sie neu zu schreiben.</translation>
        </message>
        <message>
            <source>Could not reload: {exc}</source>
            <translation>Neu laden fehlgeschlagen: {exc}</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Reloaded {display_name}</source>
            <translation>{display_name} neu geladen</translation>
        </message>
        <message>
            <source>The file on disk does not open as a map: {exc}</source>
            <translation>Die Datei auf der Festplatte lässt sich nicht als Karte öffnen: {exc}</translation>
        </message>
        <message>
            <source>The file on disk holds the same map as this editor.</source>
            <translation>Die Datei auf der Festplatte enthält dieselbe Karte wie dieser Editor.</translation>
        </message>
        <message>
            <source>This map has not been saved yet.</source>
            <translation>Diese Karte wurde noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Unbenannte Journey</translation>
        </message>
        <message>
            <source>… and {count} more lines</source>
            <translation>… und {count} weitere Zeilen</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Card description</source>
            <translation>Beschreibung der Karte</translation>
        </message>
        <message>
            <source>Card title</source>
            <translation>Titel der Karte</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Strg+Eingabe speichert</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>Kartentext bearbeiten</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc keeps what you typed and takes back a card left empty.</source>
            <translation>Eingabe (Strg+Eingabe in der Beschreibung) oder ein Klick woanders behält den Text; Esc behält das Getippte und nimmt eine leer gebliebene Karte zurück.</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc puts the card's text back as it was.</source>
            <translation>Eingabe (Strg+Eingabe in der Beschreibung) oder ein Klick woanders behält den Text; Esc stellt den Text der Karte wieder her, wie er war.</translation>
        </message>
        <message>
            <source>Enter saves · Tab: description</source>
            <translation>Eingabe speichert · Tab: Beschreibung</translation>
        </message>
        <message>
            <source>Esc cancels</source>
            <translation>Esc bricht ab</translation>
        </message>
        <message>
            <source>Esc closes</source>
            <translation>Esc schließt</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>Add card</source>
            <translation>Karte hinzufügen</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Gefühlskurve hinzufügen</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Bahn hinzufügen</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Persona hinzufügen</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Phase hinzufügen</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Karten löschen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeitung</translation>
        </message>
        <message>
            <source>Import survey metrics</source>
            <translation>Umfragekennzahlen importieren</translation>
        </message>
        <message>
            <source>Keep their value</source>
            <translation>Ihren Wert behalten</translation>
        </message>
        <message>
            <source>Link cards</source>
            <translation>Karten verknüpfen</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>Karten verschieben</translation>
        </message>
        <message>
            <source>Move curve point</source>
            <translation>Kurvenpunkt verschieben</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Bahn verschieben</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Phase verschieben</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Schritt verschieben</translation>
        </message>
        <message>
            <source>Record conflict</source>
            <translation>Konflikt festhalten</translation>
        </message>
        <message>
            <source>Remove emotion curve</source>
            <translation>Gefühlskurve entfernen</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Bahn entfernen</translation>
        </message>
        <message>
            <source>Remove persona</source>
            <translation>Persona entfernen</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Phase entfernen</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>Konflikt lösen</translation>
        </message>
        <message>
            <source>Set metrics</source>
            <translation>Kennzahlen setzen</translation>
        </message>
        <message>
            <source>Unlink cards</source>
            <translation>Verknüpfung der Karten lösen</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>&lt;b&gt;cjdesigner hit an unexpected error.&lt;/b&gt;</source>
            <translation>&lt;b&gt;In cjdesigner ist ein unerwarteter Fehler aufgetreten.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>You can keep working. If something looks wrong, save and restart.</source>
            <translation>Du kannst weiterarbeiten. Wenn etwas falsch aussieht, speichere und starte neu.</translation>
        </message>
        <message numerus="yes">
            <source>Your work is safe: a recovery copy of every open map was written (%n file(s)). You can keep working; saving now is a good idea.</source>
            <translation>
                <numerusform>Deine Arbeit ist sicher: Von jeder offenen Karte wurde eine Wiederherstellungskopie geschrieben (%n Datei). Du kannst weiterarbeiten; jetzt zu speichern ist eine gute Idee.</numerusform>
                <numerusform>Deine Arbeit ist sicher: Von jeder offenen Karte wurde eine Wiederherstellungskopie geschrieben (%n Dateien). Du kannst weiterarbeiten; jetzt zu speichern ist eine gute Idee.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source> at {scale:.0%}</source>
            <translation> bei {scale:.0%}</translation>
        </message>
        <message>
            <source> run it the other way (--orientation {other}),</source>
            <translation> drehen Sie sie (--orientation {other}),</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) did not fit on their cards: marked →1…→{count} on the poster, their whole text is in the appendix after it</source>
            <translation>
                <numerusform>%n Karte passte nicht auf ihre Karte: auf dem Poster mit →1…→{count} markiert, der ganze Text steht im Anhang danach</numerusform>
                <numerusform>%n Karten passten nicht auf ihre Karten: auf dem Poster mit →1…→{count} markiert, der ganze Text steht im Anhang danach</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) cannot be printed with the fonts installed and show as empty boxes: {named}; {font} would print them (Debian/Ubuntu: sudo apt install {package})</source>
            <translation>
                <numerusform>%n Zeichen kann mit den installierten Schriften nicht gedruckt werden und erscheint als leeres Kästchen: {named}; {font} würde es drucken (Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>%n Zeichen können mit den installierten Schriften nicht gedruckt werden und erscheinen als leere Kästchen: {named}; {font} würde sie drucken (Debian/Ubuntu: sudo apt install {package})</numerusform>
            </translation>
        </message>
        <message>
            <source>, or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>--paper auto chose --scale {percent} on {sheet} sheets</source>
            <translation>--paper auto wählte --scale {percent} auf {sheet}-Blättern</translation>
        </message>
        <message>
            <source>--paper auto chose {choice}</source>
            <translation>--paper auto wählte {choice}</translation>
        </message>
        <message>
            <source>--paper auto: a sheet the size of the map</source>
            <translation>--paper auto: ein Blatt in der Größe der Karte</translation>
        </message>
        <message>
            <source>--paper auto: no sheet, roll or tiling prints the cards at the minimum size; printed on 4A0 (try --split stages)</source>
            <translation>--paper auto: kein Blatt, keine Rolle und keine Kachelung druckt die Karten in der Mindestgröße; auf 4A0 gedruckt (versuchen Sie --split stages)</translation>
        </message>
        <message numerus="yes">
            <source>--paper map --scale {percent} --tile A4 (%n sheet(s))</source>
            <translation>
                <numerusform>--paper map --scale {percent} --tile A4 (%n Blatt)</numerusform>
                <numerusform>--paper map --scale {percent} --tile A4 (%n Blätter)</numerusform>
            </translation>
        </message>
        <message>
            <source>--paper roll:{width}mm ({length:.1f} m long)</source>
            <translation>--paper roll:{width}mm ({length:.1f} m lang)</translation>
        </message>
        <message>
            <source>--paper {name} (card text {size:.0f} pt)</source>
            <translation>--paper {name} (Kartentext {size:.0f} pt)</translation>
        </message>
        <message>
            <source>--split stages (an overview and {count} stage pages on {paper}, card text {size:.0f} pt or more)</source>
            <translation>--split stages (eine Übersicht und {count} Phasenseiten auf {paper}, Kartentext {size:.0f} pt oder mehr)</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is larger than {paper}: it is cut off. Choose a larger sheet, fit to the sheet, or tile.</source>
            <translation>Bei {scale:.0%} ist die Karte größer als {paper}: sie wird abgeschnitten. Wählen Sie ein größeres Blatt, passen Sie sie an das Blatt an oder kacheln Sie sie.</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm tall, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>Bei {scale:.0%} ist die Karte {size:.0f} mm hoch, aber eine Rolle von {width:.0f} mm lässt ihr {room:.0f} mm: passen Sie sie an die Rolle an (ohne --scale),{hint} wählen Sie eine breitere Rolle oder kacheln Sie sie (--tile A4).</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm wide, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>Bei {scale:.0%} ist die Karte {size:.0f} mm breit, aber eine Rolle von {width:.0f} mm lässt ihr {room:.0f} mm: passen Sie sie an die Rolle an (ohne --scale),{hint} wählen Sie eine breitere Rolle oder kacheln Sie sie (--tile A4).</translation>
        </message>
        <message>
            <source>Bleed and crop marks are for a print shop's single sheet; tiled sheets carry cut and glue marks instead.</source>
            <translation>Anschnitt und Schnittmarken sind für ein einzelnes Blatt der Druckerei; gekachelte Blätter tragen stattdessen Schneide- und Klebemarken.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read.</source>
            <translation>Kartentext wird in {body:.1f} pt gedruckt (Titel {title:.1f} pt), unter den {minimum}, die dieses Format zum Lesen braucht.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read; what would work: {options}.</source>
            <translation>Kartentext wird in {body:.1f} pt gedruckt (Titel {title:.1f} pt), unter den {minimum}, die dieses Format zum Lesen braucht; was ginge: {options}.</translation>
        </message>
        <message>
            <source>Noto Sans for its script</source>
            <translation>Noto Sans für ihre Schrift</translation>
        </message>
        <message>
            <source>The map does not quite fit the {width:.0f} mm roll: it is cut off at the edge. Fit it to the roll or tile it.</source>
            <translation>Die Karte passt nicht ganz auf die Rolle von {width:.0f} mm: sie wird am Rand abgeschnitten. Passen Sie sie an die Rolle an oder kacheln Sie sie.</translation>
        </message>
        <message>
            <source>The sheet is {length:.0f} in long; PDF pages are normally at most 200 in, so it is written with UserUnit {uu:g} (PDF 1.6), which some viewers and print shops' RIPs ignore. Tiling (--tile A4) or the print shop's own splitting is safer.</source>
            <translation>Das Blatt ist {length:.0f} Zoll lang; PDF-Seiten sind normalerweise höchstens 200 Zoll, daher wird es mit UserUnit {uu:g} (PDF 1.6) geschrieben, was manche Betrachter und die RIPs mancher Druckereien ignorieren. Kacheln (--tile A4) oder das Aufteilen durch die Druckerei ist sicherer.</translation>
        </message>
        <message>
            <source>a CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>eine CJK-TrueType-Schrift (WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a CJK font with the supplementary ideographs</source>
            <translation>eine CJK-Schrift mit den ergänzenden Ideogrammen</translation>
        </message>
        <message>
            <source>a Korean or CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>eine koreanische oder CJK-TrueType-Schrift (WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a monochrome emoji font (Symbola)</source>
            <translation>eine einfarbige Emoji-Schrift (Symbola)</translation>
        </message>
        <message>
            <source>a {width:.0f} mm roll is too narrow for a poster</source>
            <translation>eine Rolle von {width:.0f} mm ist zu schmal für ein Poster</translation>
        </message>
        <message>
            <source>not a text size: {text!r} (try 16 or 16/20, in points)</source>
            <translation>keine Textgröße: {text!r} (versuchen Sie 16 oder 16/20, in Punkt)</translation>
        </message>
        <message>
            <source>text sizes must lie between 4 and 200 pt, not {text!r}</source>
            <translation>Textgrößen müssen zwischen 4 und 200 pt liegen, nicht {text!r}</translation>
        </message>
        <message>
            <source>the poster{at} would be {length:.1f} m long; the limit is {limit:.0f} m: choose a smaller --scale (100 = on-screen size) or a sheet size (--paper A0)</source>
            <translation>das Poster{at} wäre {length:.1f} m lang; die Grenze ist {limit:.0f} m: wählen Sie eine kleinere --scale (100 = Bildschirmgröße) oder eine Blattgröße (--paper A0)</translation>
        </message>
        <message>
            <source>the sheet is too small for a poster</source>
            <translation>das Blatt ist zu klein für ein Poster</translation>
        </message>
        <message>
            <source>{body:g} pt body / {title:g} pt titles</source>
            <translation>{body:g} pt Fließtext / {title:g} pt Titel</translation>
        </message>
        <message>
            <source>{message} (--strict)</source>
            <translation>{message} (--strict)</translation>
        </message>
        <message>
            <source>{named} and {count} more</source>
            <translation>{named} und {count} weitere</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Mit Warnungen exportiert</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>{name} wird exportiert</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Speichern als</translation>
        </message>
        <message>
            <source>{name} was not written:
{exc}</source>
            <translation>{name} wurde nicht geschrieben:
{exc}</translation>
        </message>
        <message>
            <source>“{name}” already exists in {parent}. Replace it?</source>
            <translation>„{name}“ gibt es in {parent} schon. Ersetzen?</translation>
        </message>
    </context>
    <context>
        <name>ExportOptions</name>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>100 % prints cards at their on-screen size</source>
            <translation>100 % druckt die Karten in ihrer Bildschirmgröße</translation>
        </message>
        <message>
            <source>3 mm bleed and crop marks (print shop)</source>
            <translation>3 mm Beschnitt und Schnittmarken (Druckerei)</translation>
        </message>
        <message>
            <source>A named sheet, a roll, or a size such as 900x2000mm or 36x48in</source>
            <translation>Ein benanntes Blatt, eine Rolle oder eine Größe wie 900x2000mm oder 36x48in</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Blank wall template (grid and headers, no cards)</source>
            <translation>Leere Wandvorlage (Raster und Überschriften, keine Karten)</translation>
        </message>
        <message>
            <source>By format (16 pt on walls, 8 pt on desks)</source>
            <translation>Nach Format (16 pt an Wänden, 8 pt auf Tischen)</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>Compact cards: titles and markers (an overview)</source>
            <translation>Kompakte Karten: Titel und Markierungen (eine Übersicht)</translation>
        </message>
        <message>
            <source>Fixed scale</source>
            <translation>Fester Maßstab</translation>
        </message>
        <message>
            <source>For a map too large for one readable sheet: the overview shows every card by its title, each stage's page shows its cards in full</source>
            <translation>Für eine Karte, die zu groß für ein lesbares Blatt ist: Die Übersicht zeigt jede Karte mit ihrem Titel, die Seite jeder Phase zeigt ihre Karten vollständig</translation>
        </message>
        <message>
            <source>Full cards</source>
            <translation>Vollständige Karten</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Querformat</translation>
        </message>
        <message>
            <source>Longer than 200 in: written with UserUnit, which some viewers ignore; tiling is safer.</source>
            <translation>Länger als 200 in: wird mit UserUnit geschrieben, das manche Betrachter ignorieren; Kacheln ist sicherer.</translation>
        </message>
        <message>
            <source>Map size (fixed scale)</source>
            <translation>Kartengröße (fester Maßstab)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>One poster</source>
            <translation>Ein Poster</translation>
        </message>
        <message>
            <source>One sheet</source>
            <translation>Ein Blatt</translation>
        </message>
        <message>
            <source>Only the part visible in the editor</source>
            <translation>Nur der im Editor sichtbare Teil</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>Overview, then a page per stage on the same paper</source>
            <translation>Übersicht, dann eine Seite je Phase auf demselben Papier</translation>
        </message>
        <message>
            <source>Overview, then an A3 booklet page per stage</source>
            <translation>Übersicht, dann eine A3-Heftseite je Phase</translation>
        </message>
        <message>
            <source>Overview, then an A4 booklet page per stage</source>
            <translation>Übersicht, dann eine A4-Heftseite je Phase</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Hochformat</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Druck</translation>
        </message>
        <message>
            <source>Refuse to write a poster with text too small or cut short</source>
            <translation>Kein Poster schreiben, dessen Text zu klein oder gekürzt ist</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <source>Roll {width} mm</source>
            <translation>Rolle {width} mm</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (landscape); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>Blatt {width} × {height} mm (quer); Kartentext wird in {body} pt gedruckt, Titel in {title} pt.</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (portrait); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>Blatt {width} × {height} mm (hoch); Kartentext wird in {body} pt gedruckt, Titel in {title} pt.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Smallest card text</source>
            <translation>Kleinster Kartentext</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Aufteilung</translation>
        </message>
        <message>
            <source>Squares for sticky notes in every cell of the blank template (across × down), each lane in its pad's colour</source>
            <translation>Felder für Haftnotizen in jeder Zelle der leeren Vorlage (quer × hoch), jede Bahn in der Farbe ihres Blocks</translation>
        </message>
        <message>
            <source>Sticky notes per cell</source>
            <translation>Haftnotizen je Zelle</translation>
        </message>
        <message>
            <source>The smallest card text the poster may print; titles get 1.25 × this. The summary says what would meet it.</source>
            <translation>Der kleinste Kartentext, den das Poster drucken darf; Titel erhalten das 1,25-Fache. Die Zusammenfassung sagt, was ihn einhält.</translation>
        </message>
        <message>
            <source>The visible part</source>
            <translation>Der sichtbare Teil</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>Die ganze Karte</translation>
        </message>
        <message>
            <source>Then a page for each stage ({count}) on {sheet}, its cards in full.</source>
            <translation>Dann eine Seite für jede Phase ({count}) auf {sheet}, ihre Karten vollständig.</translation>
        </message>
        <message>
            <source>Tile onto {sheet}</source>
            <translation>Auf {sheet} aufteilen</translation>
        </message>
        <message>
            <source>With 3 mm bleed and crop marks.</source>
            <translation>Mit 3 mm Beschnitt und Schnittmarken.</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>Überlappung</translation>
        </message>
        <message>
            <source>{count} sheets of {sheet} ({rows} rows × {columns} columns) and an assembly guide.</source>
            <translation>{count} Blätter {sheet} ({rows} Zeilen × {columns} Spalten) und eine Montageanleitung.</translation>
        </message>
        <message>
            <source>{label}: {text!r} is not a number</source>
            <translation>{label}: {text!r} ist keine Zahl</translation>
        </message>
        <message>
            <source>{part} as scalable vector graphics ({width:.0f} × {height:.0f}).</source>
            <translation>{part} als skalierbare Vektorgrafik ({width:.0f} × {height:.0f}).</translation>
        </message>
        <message>
            <source>{part}: {width:.0f} × {height:.0f} pixels at {dpi} dpi.</source>
            <translation>{part}: {width:.0f} × {height:.0f} Pixel bei {dpi} dpi.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Another colour…</source>
            <translation>Andere Farbe…</translation>
        </message>
        <message>
            <source>Edit “{field}”</source>
            <translation>„{field}“ bearbeiten</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>Keine Farbe</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>Several values</source>
            <translation>Mehrere Werte</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Awareness</source>
            <translation>Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Abwägung</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>Erlebt</translation>
        </message>
        <message>
            <source>First step</source>
            <translation>Erster Schritt</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Treue</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Bindung</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Unbenannte Journey</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Karte ohne Titel</translation>
        </message>
        <message>
            <source>Untitled service blueprint</source>
            <translation>Service Blueprint ohne Titel</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source> ({count:,} digits, line {line}, column {column})</source>
            <translation> ({count:,} Ziffern, Zeile {line}, Spalte {column})</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(oberste Ebene)</translation>
        </message>
        <message>
            <source>arrays ([…])</source>
            <translation>Listen ([…])</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>cannot read ({reason})</source>
            <translation>kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>contains merge conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); resolve the conflict first</source>
            <translation>enthält Markierungen eines Merge-Konflikts (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); lösen Sie den Konflikt zuerst</translation>
        </message>
        <message>
            <source>expected a JSON object, found {json_type_name}</source>
            <translation>JSON-Objekt erwartet, gefunden: {json_type_name}</translation>
        </message>
        <message>
            <source>expected a whole number, found {json_type_name}</source>
            <translation>ganze Zahl erwartet, gefunden: {json_type_name}</translation>
        </message>
        <message>
            <source>expected {"step": STEP_ID, "value": NUMBER}</source>
            <translation>{"step": STEP_ID, "value": NUMBER} erwartet</translation>
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation>ist ein Ordner, keine Kartendatei</translation>
        </message>
        <message>
            <source>is encoded as {name}; .cjm files are UTF-8</source>
            <translation>ist als {name} kodiert; .cjm-Dateien sind UTF-8</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte 0x{value:02x} on line {line}); .cjm files are UTF-8</source>
            <translation>ist kein UTF-8-Text (Byte 0x{value:02x} in Zeile {line}); .cjm-Dateien sind UTF-8</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>ist keine normale Datei</translation>
        </message>
        <message>
            <source>missing: this does not look like a cjdesigner map (.cjm) file</source>
            <translation>fehlt: das sieht nicht nach einer cjdesigner-Kartendatei (.cjm) aus</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>not a journey map: the JSON is nested too deeply</source>
            <translation>keine Journey Map: das JSON ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>not saved, the map has problems: {why}</source>
            <translation>nicht gespeichert, die Karte hat Probleme: {why}</translation>
        </message>
        <message>
            <source>not valid JSON: a number is too large{long_number}</source>
            <translation>kein gültiges JSON: eine Zahl ist zu groß{long_number}</translation>
        </message>
        <message>
            <source>not valid JSON: {reason} (line {line}, column {column})</source>
            <translation>kein gültiges JSON: {reason} (Zeile {line}, Spalte {column})</translation>
        </message>
        <message>
            <source>not valid: the key {value!r} appears twice in one object</source>
            <translation>nicht gültig: der Schlüssel {value!r} kommt zweimal in einem Objekt vor</translation>
        </message>
        <message>
            <source>objects ({…})</source>
            <translation>Objekte ({…})</translation>
        </message>
        <message>
            <source>permission denied (you may not read this file)</source>
            <translation>Zugriff verweigert (Sie dürfen diese Datei nicht lesen)</translation>
        </message>
        <message>
            <source>second point for step {value!r}</source>
            <translation>zweiter Punkt für den Schritt {value!r}</translation>
        </message>
        <message>
            <source>the data is nested too deeply or too large</source>
            <translation>die Daten sind zu tief verschachtelt oder zu groß</translation>
        </message>
        <message>
            <source>the file ends too early; it may be truncated (line {line}, column {column})</source>
            <translation>die Datei endet zu früh; sie ist vielleicht abgeschnitten (Zeile {line}, Spalte {column})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>this file was made by a newer cjdesigner (file format version {version}; this cjdesigner reads versions up to {SCHEMA_VERSION}). Update cjdesigner to open it.</source>
            <translation>diese Datei stammt aus einem neueren cjdesigner (Dateiformatversion {version}; dieser cjdesigner liest Versionen bis {SCHEMA_VERSION}). Aktualisieren Sie cjdesigner, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>too large to be a journey map ({size:.0f} MB; the limit is {limit} MB, enough for 100,000 cards)</source>
            <translation>zu groß für eine Journey Map ({size:.0f} MB; die Grenze ist {limit} MB, genug für 100.000 Karten)</translation>
        </message>
        <message>
            <source>too large to be a journey map: {count:,} {what}, more than the {limit:,} that a map of 100,000 cards could need</source>
            <translation>zu groß für eine Journey Map: {count:,} {what}, mehr als die {limit:,}, die eine Karte mit 100.000 Karten brauchen könnte</translation>
        </message>
        <message>
            <source>too large to load into memory</source>
            <translation>zu groß, um in den Speicher geladen zu werden</translation>
        </message>
        <message>
            <source>unknown file format version {version} (oldest is {OLDEST_VERSION})</source>
            <translation>unbekannte Dateiformatversion {version} (die älteste ist {OLDEST_VERSION})</translation>
        </message>
        <message>
            <source>values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>{name}: {count:,} entries, more than the {limit:,} allowed</source>
            <translation>{name}: {count:,} Einträge, mehr als die erlaubten {limit:,}</translation>
        </message>
        <message>
            <source>{path}: not valid text (a lone surrogate \u{code:04x}, half of a character)</source>
            <translation>{path}: kein gültiger Text (ein einzelnes Surrogat \u{code:04x}, ein halbes Zeichen)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{shown}: cannot save ({reason})</source>
            <translation>{shown}: kann nicht gespeichert werden ({reason})</translation>
        </message>
        <message>
            <source>{shown}: cannot save: it is a folder</source>
            <translation>{shown}: kann nicht gespeichert werden: es ist ein Ordner</translation>
        </message>
        <message>
            <source>{shown}: not overwritten, because the file there does not open as a journey map ({value}). Save under another name.</source>
            <translation>{shown}: nicht überschrieben, weil sich die Datei dort nicht als Journey Map öffnen lässt ({value}). Speichern Sie unter einem anderen Namen.</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file changed on disk since it was opened or saved</source>
            <translation>{shown}: nicht gespeichert: die Datei hat sich auf der Festplatte geändert, seit sie geöffnet oder gespeichert wurde</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file is read-only; save under another name</source>
            <translation>{shown}: nicht gespeichert: die Datei ist schreibgeschützt; speichern Sie unter einem anderen Namen</translation>
        </message>
        <message>
            <source>{shown}: not saved: the map holds a value that cannot be written ({exc})</source>
            <translation>{shown}: nicht gespeichert: die Karte enthält einen Wert, der nicht geschrieben werden kann ({exc})</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}</source>
            <translation>{shown}: nicht gespeichert: {strerror}</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}; save under another name</source>
            <translation>{shown}: nicht gespeichert: {strerror}; speichern Sie unter einem anderen Namen</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: {problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{source}: {problem} (und %n weiteres Problem)</numerusform>
                <numerusform>{source}: {problem} (und %n weitere Probleme)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… und %n weiteres Problem</numerusform>
                <numerusform>… und %n weitere Probleme</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Find</name>
        <message numerus="yes">
            <source>%n+ vote(s)</source>
            <translation>
                <numerusform>%n+ Stimme</numerusform>
                <numerusform>%n+ Stimmen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>All cards</source>
            <translation>Alle Karten</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Suchleiste schließen</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Filter by</source>
            <translation>Filtern nach</translation>
        </message>
        <message>
            <source>Filter value</source>
            <translation>Filterwert</translation>
        </message>
        <message>
            <source>Find in cards</source>
            <translation>In Karten suchen</translation>
        </message>
        <message>
            <source>Find in cards…</source>
            <translation>In Karten suchen…</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Nächster Treffer</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Nächster Treffer (F3)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Keine Treffer</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Vorheriger Treffer</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Vorheriger Treffer (Umschalt+F3)</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} von {count}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Alt+Arrow keys</source>
            <translation>Alt+Pfeiltasten</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Pfeiltasten</translation>
        </message>
        <message>
            <source>Card editor ▸ From title to description</source>
            <translation>Karteneditor ▸ Vom Titel zur Beschreibung</translation>
        </message>
        <message>
            <source>Card editor ▸ Keep the text (Ctrl+Enter in the description)</source>
            <translation>Karteneditor ▸ Text übernehmen (Strg+Eingabe in der Beschreibung)</translation>
        </message>
        <message>
            <source>Card editor ▸ Put the text back (a new card keeps it)</source>
            <translation>Karteneditor ▸ Text zurücksetzen (eine neue Karte behält ihn)</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Ctrl+wheel</source>
            <translation>Strg+Mausrad</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Entf</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>F2</source>
            <translation>F2</translation>
        </message>
        <message>
            <source>F6</source>
            <translation>F6</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Map ▸ Add a card in the cell; rename the selected header</source>
            <translation>Karte ▸ Eine Karte in der Zelle hinzufügen; die gewählte Kopfzeile umbenennen</translation>
        </message>
        <message>
            <source>Map ▸ Clear the selection; cancel a drag</source>
            <translation>Karte ▸ Auswahl aufheben; Ziehen abbrechen</translation>
        </message>
        <message>
            <source>Map ▸ Delete the selected cards, header or curve</source>
            <translation>Karte ▸ Gewählte Karten, Kopfzeile oder Kurve löschen</translation>
        </message>
        <message>
            <source>Map ▸ Edit the selected card's text</source>
            <translation>Karte ▸ Text der gewählten Karte bearbeiten</translation>
        </message>
        <message>
            <source>Map ▸ Move between cells and cards</source>
            <translation>Karte ▸ Zwischen Zellen und Karten wechseln</translation>
        </message>
        <message>
            <source>Map ▸ Move the selected cards to the next cell</source>
            <translation>Karte ▸ Gewählte Karten in die nächste Zelle verschieben</translation>
        </message>
        <message>
            <source>Map ▸ Pan</source>
            <translation>Karte ▸ Verschieben</translation>
        </message>
        <message>
            <source>Map ▸ Scroll sideways</source>
            <translation>Karte ▸ Seitwärts blättern</translation>
        </message>
        <message>
            <source>Map ▸ Select several cards</source>
            <translation>Karte ▸ Mehrere Karten wählen</translation>
        </message>
        <message>
            <source>Map ▸ Up from the first row: step, then stage header; Left from the first column: lane header</source>
            <translation>Karte ▸ Nach oben aus der ersten Zeile: Schritt-, dann Phasenkopf; nach links aus der ersten Spalte: Bahnkopf</translation>
        </message>
        <message>
            <source>Map ▸ Zoom</source>
            <translation>Karte ▸ Zoomen</translation>
        </message>
        <message>
            <source>Shift+F6</source>
            <translation>Umschalt+F6</translation>
        </message>
        <message>
            <source>Shift+click, Ctrl+click</source>
            <translation>Umschalt+Klick, Strg+Klick</translation>
        </message>
        <message>
            <source>Shift+wheel</source>
            <translation>Umschalt+Mausrad</translation>
        </message>
        <message>
            <source>Space+drag, middle drag</source>
            <translation>Leertaste+Ziehen, Ziehen mit mittlerer Taste</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Up / Left</source>
            <translation>Nach oben / Nach links</translation>
        </message>
        <message>
            <source>Window ▸ Back to the map from a panel</source>
            <translation>Fenster ▸ Aus einem Bereich zurück zur Karte</translation>
        </message>
        <message>
            <source>Window ▸ Next panel (map, outline, inspector…)</source>
            <translation>Fenster ▸ Nächster Bereich (Karte, Gliederung, Inspektor …)</translation>
        </message>
        <message>
            <source>Window ▸ Previous panel</source>
            <translation>Fenster ▸ Vorheriger Bereich</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no computed value (the workbook was written by a program that does not calculate) and read as empty; open and save it in Excel or LibreOffice first to compute them</source>
            <translation>
                <numerusform>%n Formelzelle ohne berechneten Wert (die Arbeitsmappe stammt aus einem Programm, das nicht rechnet) wurde als leer gelesen; öffnen und speichern Sie sie zuerst in Excel oder LibreOffice, um sie zu berechnen</numerusform>
                <numerusform>%n Formelzellen ohne berechneten Wert (die Arbeitsmappe stammt aus einem Programm, das nicht rechnet) wurden als leer gelesen; öffnen und speichern Sie sie zuerst in Excel oder LibreOffice, um sie zu berechnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s), nothing imported:
  {problems}</source>
            <translation>
                <numerusform>%n Problem, nichts importiert:
  {problems}</numerusform>
                <numerusform>%n Probleme, nichts importiert:
  {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}</source>
            <translation>. Die Kopfzeile ist eine Zelle mit {found}, aber die Zeilen wurden als durch {used} getrennt gelesen: trennen Sie jede Zeile mit {found}</translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}, or add a first line sep={separator}</source>
            <translation>. Die Kopfzeile ist eine Zelle mit {found}, aber die Zeilen wurden als durch {used} getrennt gelesen: trennen Sie jede Zeile mit {found} oder fügen Sie als erste Zeile sep={separator} ein</translation>
        </message>
        <message>
            <source>. The header is one quoted cell; remove the quotes around the header row</source>
            <translation>. Die Kopfzeile ist eine Zelle in Anführungszeichen; entfernen Sie die Anführungszeichen um die Kopfzeile</translation>
        </message>
        <message>
            <source>a tag is longer than {limit} characters</source>
            <translation>ein Schlagwort ist länger als {limit} Zeichen</translation>
        </message>
        <message>
            <source>cannot read workbooks safely: the defusedxml package is missing</source>
            <translation>Arbeitsmappen können nicht sicher gelesen werden: das Paket defusedxml fehlt</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>Kommas</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is not a number</source>
            <translation>die Emotion {emotion!r} ist keine Zahl</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is outside the scale −2…+2</source>
            <translation>die Emotion {emotion!r} liegt außerhalb der Skala −2…+2</translation>
        </message>
        <message>
            <source>evidence basis</source>
            <translation>Belegart</translation>
        </message>
        <message>
            <source>evidence {evidence_text!r} is not one of observed, assumed, proposed</source>
            <translation>der Beleg {evidence_text!r} ist keiner von observed, assumed, proposed</translation>
        </message>
        <message>
            <source>ignored cells beyond the last column in row(s) {too_wide}</source>
            <translation>Zellen nach der letzten Spalte ignoriert in Zeile(n) {too_wide}</translation>
        </message>
        <message>
            <source>ignored column {name!r}: the {column!r} column is {chosen!r}</source>
            <translation>Spalte {name!r} ignoriert: die Spalte {column!r} ist {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the hidden sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>verborgenes Blatt {title!r} ignoriert; die Karten werden aus {chosen!r} gelesen</translation>
        </message>
        <message>
            <source>ignored the sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>Blatt {title!r} ignoriert; die Karten werden aus {chosen!r} gelesen</translation>
        </message>
        <message numerus="yes">
            <source>ignored unknown column(s) {names} (known columns: {known})</source>
            <translation>
                <numerusform>unbekannte Spalte {names} ignoriert (bekannte Spalten: {known})</numerusform>
                <numerusform>unbekannte Spalten {names} ignoriert (bekannte Spalten: {known})</numerusform>
            </translation>
        </message>
        <message>
            <source>journey kind</source>
            <translation>Journey-Art</translation>
        </message>
        <message>
            <source>kind of item</source>
            <translation>Elementart</translation>
        </message>
        <message>
            <source>lane is empty</source>
            <translation>die Bahn ist leer</translation>
        </message>
        <message>
            <source>lane kind</source>
            <translation>Bahnart</translation>
        </message>
        <message>
            <source>lane_kind {kind!r} is not a lane kind (use one of: {kinds})</source>
            <translation>lane_kind {kind!r} ist keine Bahnart (verwenden Sie eine von: {kinds})</translation>
        </message>
        <message>
            <source>map type</source>
            <translation>Kartentyp</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>more than {limit:,} rows; split the file</source>
            <translation>mehr als {limit:,} Zeilen; teilen Sie die Datei auf</translation>
        </message>
        <message>
            <source>no cards: the file has a header row but no data rows</source>
            <translation>keine Karten: die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
        </message>
        <message>
            <source>not valid UTF-16 ({reason})</source>
            <translation>kein gültiges UTF-16 ({reason})</translation>
        </message>
        <message>
            <source>not valid UTF-8 after the byte-order mark ({reason})</source>
            <translation>kein gültiges UTF-8 nach der Byte-Reihenfolge-Markierung ({reason})</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>nothing imported: the map could not be saved, {problem}; split the file into smaller ones</source>
            <translation>nichts importiert: die Karte könnte nicht gespeichert werden, {problem}; teilen Sie die Datei in kleinere auf</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>row {row}: lane {lane!r} is {kind!r} here but {other_kind!r} in row {other_row}</source>
            <translation>Zeile {row}: die Bahn {lane!r} ist hier {kind!r}, aber {other_kind!r} in Zeile {other_row}</translation>
        </message>
        <message numerus="yes">
            <source>row {row}: missing required column(s) {missing}; the header row must name at least {required} (found: {found}){hint}</source>
            <translation>
                <numerusform>Zeile {row}: die Pflichtspalte {missing} fehlt; die Kopfzeile muss mindestens {required} nennen (gefunden: {found}){hint}</numerusform>
                <numerusform>Zeile {row}: die Pflichtspalten {missing} fehlen; die Kopfzeile muss mindestens {required} nennen (gefunden: {found}){hint}</numerusform>
            </translation>
        </message>
        <message>
            <source>row {row}: the column {key!r} appears twice</source>
            <translation>Zeile {row}: die Spalte {key!r} kommt zweimal vor</translation>
        </message>
        <message>
            <source>row {row}: unreadable CSV ({exc})</source>
            <translation>Zeile {row}: unlesbares CSV ({exc})</translation>
        </message>
        <message>
            <source>row {row}: {problem}</source>
            <translation>Zeile {row}: {problem}</translation>
        </message>
        <message>
            <source>row {row}{where}: a quoted cell is never closed: its opening quote (") has no closing quote, so the rows after it would be read as part of that cell; add the missing quote</source>
            <translation>Zeile {row}{where}: eine Zelle in Anführungszeichen wird nie geschlossen: ihr öffnendes Anführungszeichen (") hat kein schließendes, sodass die Zeilen danach als Teil dieser Zelle gelesen würden; ergänzen Sie das fehlende Anführungszeichen</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>Semikolons</translation>
        </message>
        <message>
            <source>sheet 'Map'</source>
            <translation>Blatt 'Map'</translation>
        </message>
        <message>
            <source>sheet {sheet!r} row {row}</source>
            <translation>Blatt {sheet!r} Zeile {row}</translation>
        </message>
        <message>
            <source>sheet {title!r} has more than {limit:,} rows</source>
            <translation>Blatt {title!r} hat mehr als {limit:,} Zeilen</translation>
        </message>
        <message>
            <source>sheet {title!r} has no header row naming the column {key!r} (its columns are: {columns})</source>
            <translation>Blatt {title!r} hat keine Kopfzeile, die die Spalte {key!r} nennt (seine Spalten sind: {columns})</translation>
        </message>
        <message>
            <source>sheet {title!r}: skipped {at} row(s) above the header row (titles or notes)</source>
            <translation>Blatt {title!r}: {at} Zeile(n) über der Kopfzeile übersprungen (Titel oder Notizen)</translation>
        </message>
        <message>
            <source>sheet {title!r}: {problem}</source>
            <translation>Blatt {title!r}: {problem}</translation>
        </message>
        <message>
            <source>skipped row(s) {no_card}: nothing in the card columns</source>
            <translation>Zeile(n) {no_card} übersprungen: nichts in den Kartenspalten</translation>
        </message>
        <message>
            <source>skipped {header_at} blank row(s) before the header</source>
            <translation>{header_at} leere Zeile(n) vor der Kopfzeile übersprungen</translation>
        </message>
        <message>
            <source>stage is empty</source>
            <translation>die Phase ist leer</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>Tabulatoren</translation>
        </message>
        <message>
            <source>the cards do not make a valid map: {reason}</source>
            <translation>die Karten ergeben keine gültige Journey Map: {reason}</translation>
        </message>
        <message>
            <source>the file has no header row</source>
            <translation>die Datei hat keine Kopfzeile</translation>
        </message>
        <message>
            <source>the file is empty; expected a header row naming at least {required}</source>
            <translation>die Datei ist leer; erwartet wurde eine Kopfzeile, die mindestens {required} nennt</translation>
        </message>
        <message>
            <source>the workbook</source>
            <translation>die Arbeitsmappe</translation>
        </message>
        <message>
            <source>the workbook cannot be read ({reason})</source>
            <translation>die Arbeitsmappe kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>the workbook has a {sheet} sheet but no {missing}; a whole map needs Stages, Steps and Lanes (or give only a Cards sheet)</source>
            <translation>die Arbeitsmappe hat ein Blatt {sheet}, aber kein {missing}; eine ganze Karte braucht Stages, Steps und Lanes (oder geben Sie nur ein Blatt Cards an)</translation>
        </message>
        <message>
            <source>the workbook has no Cards sheet: the map has no cards</source>
            <translation>die Arbeitsmappe hat kein Blatt Cards: die Karte hat keine Karten</translation>
        </message>
        <message>
            <source>the workbook has no Map sheet: the title is the file name</source>
            <translation>die Arbeitsmappe hat kein Blatt Map: der Titel ist der Dateiname</translation>
        </message>
        <message>
            <source>the workbook has no visible sheet</source>
            <translation>die Arbeitsmappe hat kein sichtbares Blatt</translation>
        </message>
        <message>
            <source>the workbook has {count:,} parts; too many to be a map</source>
            <translation>die Arbeitsmappe hat {count:,} Teile; zu viele für eine Karte</translation>
        </message>
        <message>
            <source>the workbook is damaged ({exc})</source>
            <translation>die Arbeitsmappe ist beschädigt ({exc})</translation>
        </message>
        <message>
            <source>the workbook unpacks to {unpacked:,} bytes; too large to be a map</source>
            <translation>die Arbeitsmappe entpackt sich zu {unpacked:,} Byte; zu groß für eine Karte</translation>
        </message>
        <message>
            <source>this is a text file, not an Excel workbook; a card list in CSV form needs a file name ending in .csv</source>
            <translation>das ist eine Textdatei, keine Excel-Arbeitsmappe; eine Kartenliste als CSV braucht einen Dateinamen, der auf .csv endet</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file</source>
            <translation>das ist {what}, keine CSV-Datei</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file; import it as a workbook (a file name ending in .xlsx)</source>
            <translation>das ist {what}, keine CSV-Datei; importieren Sie sie als Arbeitsmappe (ein Dateiname, der auf .xlsx endet)</translation>
        </message>
        <message>
            <source>this is {what}, not an Excel workbook</source>
            <translation>das ist {what}, keine Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>this is {what}; save it as an Excel workbook (.xlsx) and import that</source>
            <translation>das ist {what}; speichern Sie es als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese</translation>
        </message>
        <message>
            <source>too large for a card list ({count:,} bytes)</source>
            <translation>zu groß für eine Kartenliste ({count:,} Byte)</translation>
        </message>
        <message>
            <source>too large for a workbook of a map ({count:,} bytes)</source>
            <translation>zu groß für die Arbeitsmappe einer Karte ({count:,} Byte)</translation>
        </message>
        <message>
            <source>{column} is longer than {limit} characters</source>
            <translation>{column} ist länger als {limit} Zeichen</translation>
        </message>
        <message>
            <source>{path}: cannot read ({reason})</source>
            <translation>{path}: kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write ({reason})</source>
            <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write: it is a folder</source>
            <translation>{path}: kann nicht geschrieben werden: es ist ein Ordner</translation>
        </message>
        <message>
            <source>{path}: too large for a card list ({size:,} bytes)</source>
            <translation>{path}: zu groß für eine Kartenliste ({size:,} Byte)</translation>
        </message>
        <message>
            <source>{path}: too large for a workbook of a map ({size:,} bytes)</source>
            <translation>{path}: zu groß für die Arbeitsmappe einer Karte ({size:,} Byte)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{sheet} sheet</source>
            <translation>Blatt {sheet}</translation>
        </message>
        <message>
            <source>{text!r} is not a clock time such as 07:30</source>
            <translation>{text!r} ist keine Uhrzeit wie 07:30</translation>
        </message>
        <message>
            <source>{text!r} is not a {what} (use one of: {choices})</source>
            <translation>{text!r} ist keine gültige Angabe für {what} (verwenden Sie eine von: {choices})</translation>
        </message>
        <message>
            <source>{value!r} is neither yes nor no</source>
            <translation>{value!r} ist weder ja noch nein</translation>
        </message>
        <message>
            <source>{value!r} is not JSON</source>
            <translation>{value!r} ist kein JSON</translation>
        </message>
        <message>
            <source>{value!r} is not a number</source>
            <translation>{value!r} ist keine Zahl</translation>
        </message>
        <message>
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>{where}, metric: empty (CSAT, CES or NPS)</source>
            <translation>{where}, metric: leer (CSAT, CES oder NPS)</translation>
        </message>
        <message>
            <source>{where}, score: empty</source>
            <translation>{where}, score: leer</translation>
        </message>
        <message>
            <source>{where}, step_id: no step with id {step_id!r}</source>
            <translation>{where}, step_id: kein Schritt mit der ID {step_id!r}</translation>
        </message>
        <message>
            <source>{where}, {column}: {problem}</source>
            <translation>{where}, {column}: {problem}</translation>
        </message>
        <message>
            <source>{where}: ignored the unknown field {key!r}</source>
            <translation>{where}: unbekanntes Feld {key!r} ignoriert</translation>
        </message>
        <message>
            <source>{where}: no curve with id {curve!r} in the Curves sheet</source>
            <translation>{where}: keine Kurve mit der ID {curve!r} im Blatt Curves</translation>
        </message>
        <message>
            <source>{where}: no lane titled {lane!r} in the Lanes sheet; name one or give a lane_id</source>
            <translation>{where}: keine Bahn mit dem Titel {lane!r} im Blatt Lanes; benennen Sie eine oder geben Sie eine lane_id an</translation>
        </message>
        <message>
            <source>{where}: no stage named {stage!r} in the Stages sheet</source>
            <translation>{where}: keine Phase namens {stage!r} im Blatt Stages</translation>
        </message>
        <message>
            <source>{where}: no stage with id {stage!r} in the Stages sheet</source>
            <translation>{where}: keine Phase mit der ID {stage!r} im Blatt Stages</translation>
        </message>
        <message>
            <source>{where}: no step {step!r} in stage {stage!r} (Steps sheet); name them or give a step_id</source>
            <translation>{where}: kein Schritt {step!r} in der Phase {stage!r} (Blatt Steps); benennen Sie sie oder geben Sie eine step_id an</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>… and {count:,} more</source>
            <translation>… und {count:,} weitere</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source> of 5</source>
            <translation> von 5</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n Schritt</numerusform>
                <numerusform>%n Schritte</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation>(Karte ohne Titel)</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Zelle</translation>
        </message>
        <message>
            <source>Changes apply to every selected card.</source>
            <translation>Änderungen gelten für alle ausgewählten Karten.</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Click a card, a stage, a step, a lane or the emotion curve to edit it here. Double-click an empty cell to add a card.</source>
            <translation>Klicke auf eine Karte, eine Phase, einen Schritt, eine Bahn oder die Gefühlskurve, um sie hier zu bearbeiten. Ein Doppelklick in eine leere Zelle fügt eine Karte hinzu.</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Clock time as HH:MM, e.g. 07:30</source>
            <translation>Uhrzeit als HH:MM, z. B. 07:30</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>Kurve löschen</translation>
        </message>
        <message>
            <source>Derived from the cards' mean</source>
            <translation>Aus dem Mittel der Karten abgeleitet</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Difference per step</source>
            <translation>Unterschied je Schritt</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Edit emotion scale</source>
            <translation>Gefühlsskala bearbeiten</translation>
        </message>
        <message>
            <source>Edit links</source>
            <translation>Verknüpfungen bearbeiten</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Gefühl</translation>
        </message>
        <message>
            <source>Empty cell</source>
            <translation>Leere Zelle</translation>
        </message>
        <message>
            <source>Empty steps</source>
            <translation>Leere Schritte</translation>
        </message>
        <message>
            <source>Every step met or beat what was expected.</source>
            <translation>Jeder Schritt erfüllte oder übertraf die Erwartung.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Expected against experienced</source>
            <translation>Erwartet gegenüber erlebt</translation>
        </message>
        <message>
            <source>Expected, experienced…</source>
            <translation>Erwartet, erlebt…</translation>
        </message>
        <message>
            <source>Experienced minus expected at each step; click to show the step</source>
            <translation>Erlebt minus erwartet bei jedem Schritt; klicken, um den Schritt zu zeigen</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>Folgt</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Höchster</translation>
        </message>
        <message>
            <source>Highest must be above lowest, with 2–21 levels</source>
            <translation>Der höchste Wert muss über dem niedrigsten liegen, mit 2–21 Stufen</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <source>In stage {name}</source>
            <translation>In der Phase {name}</translation>
        </message>
        <message>
            <source>Interview, survey, analytics…</source>
            <translation>Interview, Umfrage, Analytics…</translation>
        </message>
        <message>
            <source>Its points</source>
            <translation>Ihre Punkte</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <source>Levels run from lowest to highest, one per line. Changing the range moves the curve's points with it.</source>
            <translation>Die Stufen reichen vom niedrigsten zum höchsten Wert, eine pro Zeile. Wer den Bereich ändert, verschiebt die Punkte der Kurve mit.</translation>
        </message>
        <message>
            <source>Link to card…</source>
            <translation>Mit Karte verknüpfen…</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Verknüpfungen</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Niedrigster</translation>
        </message>
        <message>
            <source>Metrics: one a line, such as “CSAT 82 % · n = 45 · 69 to 90” (CSAT per cent satisfied, CES 1–7, NPS −100…100; n answers; 95 % interval). `cjdesigner metrics` fills them from survey answers.</source>
            <translation>Kennzahlen: eine pro Zeile, etwa „CSAT 82 % · n = 45 · 69 to 90“ (CSAT Prozent Zufriedene, CES 1–7, NPS −100…100; n Antworten; 95-%-Intervall). `cjdesigner metrics` füllt sie aus Umfrageantworten.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Path or URL</source>
            <translation>Pfad oder URL</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove this emotion curve from the map (Undo brings it back)</source>
            <translation>Diese Emotionskurve aus der Karte entfernen (Rückgängig holt sie zurück)</translation>
        </message>
        <message>
            <source>Reset curve</source>
            <translation>Kurve zurücksetzen</translation>
        </message>
        <message>
            <source>Reset points to card emotions</source>
            <translation>Punkte auf die Gefühle der Karten zurücksetzen</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Steps to improve first; click to show the step</source>
            <translation>Zuerst zu verbessernde Schritte; klicken, um den Schritt zu zeigen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>The lowest moments of this curve. Label another curve of the same persona “Expected” to rank the steps by the gap instead.</source>
            <translation>Die Tiefpunkte dieser Kurve. Eine weitere Kurve derselben Persona „Erwartet“ nennen, um die Schritte stattdessen nach der Lücke zu ordnen.</translation>
        </message>
        <message>
            <source>The steps that fell furthest below what was expected.</source>
            <translation>Die Schritte, die am weitesten hinter der Erwartung zurückblieben.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Was passiert</translation>
        </message>
        <message>
            <source>Where to act first</source>
            <translation>Wo zuerst handeln</translation>
        </message>
        <message>
            <source>as expected</source>
            <translation>wie erwartet</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>durch Komma, getrennt</translation>
        </message>
        <message>
            <source>{experienced} against {expected}: the shaded band on the map is the gap.</source>
            <translation>{experienced} gegenüber {expected}: Das schattierte Band auf der Karte ist die Lücke.</translation>
        </message>
        <message>
            <source>{stage} › {step}: expected {expected}, experienced {experienced}</source>
            <translation>{stage} › {step}: erwartet {expected}, erlebt {experienced}</translation>
        </message>
        <message>
            <source>{step}  ·  {gap} below expected</source>
            <translation>{step}  ·  {gap} unter Erwartung</translation>
        </message>
        <message numerus="yes">
            <source>{where}

%n card(s) here. Arrow keys pick a card; Enter adds another one.</source>
            <translation>
                <numerusform>{where}

%n Karte hier. Pfeiltasten wählen eine Karte; Eingabe fügt eine weitere hinzu.</numerusform>
                <numerusform>{where}

%n Karten hier. Pfeiltasten wählen eine Karte; Eingabe fügt eine weitere hinzu.</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}

Press Enter or double-click to add a card here.</source>
            <translation>{where}

Eingabetaste oder Doppelklick fügt hier eine Karte hinzu.</translation>
        </message>
    </context>
    <context>
        <name>Interactions</name>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>%n Karte verschieben</numerusform>
                <numerusform>%n Karten verschieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{title}: stopping…</source>
            <translation>{title}: wird angehalten…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (read-only)</source>
            <translation> (schreibgeschützt)</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>%n Karte ausgewählt</numerusform>
                <numerusform>%n Karten ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About {APP_NAME}</source>
            <translation>&amp;Über {APP_NAME}</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;Karte</translation>
        </message>
        <message>
            <source>&amp;Close Map</source>
            <translation>Karte &amp;schließen</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Emotion Curve</source>
            <translation>&amp;Gefühlskurve</translation>
        </message>
        <message>
            <source>&amp;Export Poster…</source>
            <translation>Poster &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Find and Filter…</source>
            <translation>&amp;Suchen und filtern…</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>Karte &amp;einpassen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>E&amp;infügen</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>&amp;Bahn</translation>
        </message>
        <message>
            <source>&amp;New Map</source>
            <translation>&amp;Neue Karte</translation>
        </message>
        <message>
            <source>&amp;Next Map</source>
            <translation>&amp;Nächste Karte</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>E&amp;infügen</translation>
        </message>
        <message>
            <source>&amp;Persona</source>
            <translation>&amp;Persona</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>&amp;Previous Map</source>
            <translation>&amp;Vorherige Karte</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>Auf gespeicherte Fassung &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Phase</translation>
        </message>
        <message>
            <source>&amp;Start Page</source>
            <translation>&amp;Startseite</translation>
        </message>
        <message>
            <source>&amp;Stop Timer</source>
            <translation>Timer &amp;anhalten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>&amp;Fenster</translation>
        </message>
        <message>
            <source>A future-state map made from this one, compared with it</source>
            <translation>Eine Zukunftskarte, aus dieser erstellt und mit ihr verglichen</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Über {APP_NAME}</translation>
        </message>
        <message>
            <source>Add a &amp;Vote</source>
            <translation>Eine &amp;Stimme hinzufügen</translation>
        </message>
        <message>
            <source>Add a card in the current cell</source>
            <translation>Eine Karte in der aktuellen Zelle hinzufügen</translation>
        </message>
        <message>
            <source>Add a lane below the selected one</source>
            <translation>Eine Bahn unter der ausgewählten hinzufügen</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Eine Persona hinzufügen</translation>
        </message>
        <message>
            <source>Add a stage after the selected one</source>
            <translation>Eine Phase nach der ausgewählten hinzufügen</translation>
        </message>
        <message>
            <source>Add a step after the selected one</source>
            <translation>Einen Schritt nach dem ausgewählten hinzufügen</translation>
        </message>
        <message>
            <source>Add another emotion curve</source>
            <translation>Eine weitere Gefühlskurve hinzufügen</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle Änderungen gespeichert</translation>
        </message>
        <message>
            <source>Both versions step by step in one map (Now and Future lanes), to print</source>
            <translation>Beide Fassungen Schritt für Schritt in einer Karte (Bahnen Jetzt und Zukunft), zum Drucken</translation>
        </message>
        <message>
            <source>Clear Recent</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>Close map</source>
            <translation>Karte schließen</translation>
        </message>
        <message>
            <source>Close this map</source>
            <translation>Diese Karte schließen</translation>
        </message>
        <message>
            <source>Close {name}</source>
            <translation>{name} schließen</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>Ver&amp;gleichen</translation>
        </message>
        <message>
            <source>Compare the map with another version first (View › Compare).</source>
            <translation>Vergleiche die Karte zuerst mit einer anderen Fassung (Ansicht › Vergleichen).</translation>
        </message>
        <message>
            <source>Compare with &amp;File…</source>
            <translation>Mit &amp;Datei vergleichen…</translation>
        </message>
        <message>
            <source>Compare with &amp;Last Saved</source>
            <translation>Mit &amp;zuletzt gespeicherter vergleichen</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>Count down {minutes} minutes in the status bar</source>
            <translation>{minutes} Minuten in der Statusleiste herunterzählen</translation>
        </message>
        <message>
            <source>Create &amp;Future State</source>
            <translation>&amp;Zukunftszustand erstellen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplizieren</translation>
        </message>
        <message>
            <source>Drop unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Emotion curve selected</source>
            <translation>Gefühlskurve ausgewählt</translation>
        </message>
        <message>
            <source>Export &amp;As</source>
            <translation>Exportieren &amp;als</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>C&amp;SV exportieren…</translation>
        </message>
        <message>
            <source>Export a PDF poster</source>
            <translation>Ein PDF-Poster exportieren</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>&amp;Weitersuchen</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>&amp;Rückwärts suchen</translation>
        </message>
        <message>
            <source>Find cards; filter by channel, owner, tag or evidence</source>
            <translation>Karten suchen; nach Kanal, Verantwortlichen, Schlagwort oder Beleg filtern</translation>
        </message>
        <message>
            <source>Import &amp;CSV or Excel…</source>
            <translation>&amp;CSV oder Excel importieren…</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <source>Lane selected</source>
            <translation>Bahn ausgewählt</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Map too large to keep safe</source>
            <translation>Karte zu groß, um sie sicher zu bewahren</translation>
        </message>
        <message>
            <source>Mark what changed against another map file</source>
            <translation>Markieren, was sich gegenüber einer anderen Kartendatei geändert hat</translation>
        </message>
        <message>
            <source>Mark what changed since the map was last saved</source>
            <translation>Markieren, was sich seit dem letzten Speichern geändert hat</translation>
        </message>
        <message>
            <source>New &amp;Empty Map</source>
            <translation>Neue &amp;leere Karte</translation>
        </message>
        <message>
            <source>New Service &amp;Blueprint</source>
            <translation>Neuer Service-&amp;Blueprint</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>Neu aus &amp;Vorlage</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Keine zuletzt geöffneten Karten</translation>
        </message>
        <message>
            <source>No templates installed</source>
            <translation>Keine Vorlagen installiert</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>One more vote for each selected card</source>
            <translation>Eine Stimme mehr für jede ausgewählte Karte</translation>
        </message>
        <message>
            <source>One vote less for each selected card</source>
            <translation>Eine Stimme weniger für jede ausgewählte Karte</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Open Comparison &amp;Map</source>
            <translation>Vergleichs&amp;karte öffnen</translation>
        </message>
        <message>
            <source>Open a map file</source>
            <translation>Eine Kartendatei öffnen</translation>
        </message>
        <message>
            <source>Open cards or a whole map from a spreadsheet</source>
            <translation>Karten oder eine ganze Karte aus einer Tabelle öffnen</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Gliederung</translation>
        </message>
        <message>
            <source>Page Set&amp;up…</source>
            <translation>Seite ein&amp;richten…</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Poster export is not installed</source>
            <translation>Der Posterexport ist nicht installiert</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Print &amp;Tiled…</source>
            <translation>&amp;Gekachelt drucken…</translation>
        </message>
        <message>
            <source>Print the poster across several sheets to tape together</source>
            <translation>Das Poster auf mehrere Blätter drucken, die zusammengeklebt werden</translation>
        </message>
        <message>
            <source>Print the poster on one page of the printer's paper</source>
            <translation>Das Poster auf eine Seite des Druckerpapiers drucken</translation>
        </message>
        <message>
            <source>Printer, paper, orientation and margins for printing</source>
            <translation>Drucker, Papier, Ausrichtung und Ränder für den Druck</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritäten</translation>
        </message>
        <message>
            <source>Quit cjdesigner</source>
            <translation>cjdesigner beenden</translation>
        </message>
        <message>
            <source>Recent files, templates and recovered work</source>
            <translation>Zuletzt geöffnete Dateien, Vorlagen und wiederhergestellte Arbeit</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>&amp;Schritt</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Save the map</source>
            <translation>Die Karte speichern</translation>
        </message>
        <message>
            <source>Save the map under a new name</source>
            <translation>Die Karte unter einem neuen Namen speichern</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Alles auswählen</translation>
        </message>
        <message>
            <source>Stage selected</source>
            <translation>Phase ausgewählt</translation>
        </message>
        <message>
            <source>Start a map with no stages, lanes or curves</source>
            <translation>Eine Karte ohne Phasen, Bahnen oder Kurven beginnen</translation>
        </message>
        <message>
            <source>Start a new customer journey: five stages and the usual lanes</source>
            <translation>Eine neue Customer Journey beginnen: fünf Phasen und die üblichen Bahnen</translation>
        </message>
        <message>
            <source>Start a service blueprint: customer actions over the frontstage, backstage and support layers</source>
            <translation>Einen Service Blueprint beginnen: Kundenaktionen über den Ebenen Frontstage, Backstage und Unterstützung</translation>
        </message>
        <message>
            <source>Step selected</source>
            <translation>Schritt ausgewählt</translation>
        </message>
        <message>
            <source>Stop &amp;Comparing</source>
            <translation>Vergleich &amp;beenden</translation>
        </message>
        <message>
            <source>Take Back a V&amp;ote</source>
            <translation>Eine S&amp;timme zurücknehmen</translation>
        </message>
        <message>
            <source>The map alone, full screen, for a projector (Esc or F5 to leave)</source>
            <translation>Nur die Karte, bildschirmfüllend, für einen Projektor (Esc oder F5 zum Verlassen)</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>Die Zeit ist um</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Unsaved · recovery copy {stamp}</source>
            <translation>Nicht gespeichert · Wiederherstellungskopie {stamp}</translation>
        </message>
        <message>
            <source>Workshop &amp;Timer</source>
            <translation>Workshop-&amp;Timer</translation>
        </message>
        <message>
            <source>Write the cards to a CSV file</source>
            <translation>Die Karten in eine CSV-Datei schreiben</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Zoom {text}</source>
            <translation>Zoom {text}</translation>
        </message>
        <message>
            <source>cjdesigner keeps a copy of unsaved work and offers it back after a crash</source>
            <translation>cjdesigner bewahrt eine Kopie nicht gespeicherter Arbeit auf und bietet sie nach einem Absturz wieder an</translation>
        </message>
        <message>
            <source>{APP_NAME} {version}

Customer journey maps and service blueprints, made offline, printed as wall-size posters.</source>
            <translation>{APP_NAME} {version}

Customer Journey Maps und Service Blueprints, offline erstellt und als wandgroße Poster gedruckt.</translation>
        </message>
        <message>
            <source>{display_name} is now {why}.

Neither a save nor the recovery copy could be opened again. Remove cards (or move some to another map) before you close it; exports still work.</source>
            <translation>{display_name} ist jetzt {why}.

Weder eine gespeicherte Datei noch die Wiederherstellungskopie ließe sich wieder öffnen. Entferne Karten (oder verschiebe einige in eine andere Karte), bevor du sie schließt; Exporte funktionieren weiterhin.</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} Minuten</translation>
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n Gefühlskurve</numerusform>
                <numerusform>%n Gefühlskurven</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n Bahn</numerusform>
                <numerusform>%n Bahnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>%n Persona</numerusform>
                <numerusform>%n Personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n Phase</numerusform>
                <numerusform>%n Phasen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n Schritt</numerusform>
                <numerusform>%n Schritte</numerusform>
            </translation>
        </message>
        <message>
            <source>A service blueprint shows what happens frontstage, backstage and in support processes, under the lines of interaction, visibility and internal interaction.</source>
            <translation>Ein Service Blueprint zeigt, was auf der Vorderbühne, hinter der Bühne und in unterstützenden Prozessen geschieht, unter den Linien der Interaktion, der Sichtbarkeit und der internen Interaktion.</translation>
        </message>
        <message>
            <source>Add blueprint layers</source>
            <translation>Blueprint-Ebenen hinzufügen</translation>
        </message>
        <message>
            <source>Add the blueprint layers</source>
            <translation>Die Blueprint-Ebenen hinzufügen</translation>
        </message>
        <message>
            <source>Add {layers}</source>
            <translation>{layers} hinzufügen</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Created {created}
Last saved {saved}</source>
            <translation>Erstellt {created}
Zuletzt gespeichert {saved}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Journey</translation>
        </message>
        <message>
            <source>Map type</source>
            <translation>Kartentyp</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Umfang</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>What this map is about, for whom and how far it reaches.</source>
            <translation>Worum es in dieser Karte geht, für wen und wie weit sie reicht.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>v1, workshop 2…</source>
            <translation>v1, Workshop 2…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Add card here</source>
            <translation>Karte hier hinzufügen</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Bahn hinzufügen</translation>
        </message>
        <message>
            <source>Add lane above</source>
            <translation>Bahn darüber hinzufügen</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>Bahn darunter hinzufügen</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Phase hinzufügen</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>Phase danach hinzufügen</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>Phase davor hinzufügen</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Add step after</source>
            <translation>Schritt danach hinzufügen</translation>
        </message>
        <message>
            <source>Add step before</source>
            <translation>Schritt davor hinzufügen</translation>
        </message>
        <message>
            <source>Clear curve point</source>
            <translation>Kurvenpunkt löschen</translation>
        </message>
        <message>
            <source>Clear point (use the cards' mean)</source>
            <translation>Punkt löschen (Mittelwert der Karten verwenden)</translation>
        </message>
        <message>
            <source>Clock time…</source>
            <translation>Uhrzeit…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farbe…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Ausschneiden</translation>
        </message>
        <message>
            <source>Default colour</source>
            <translation>Standardfarbe</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>Kurve löschen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>Text bearbeiten</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>Bahnart</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Bahn entfernen</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Phase entfernen</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
    </context>
    <context>
        <name>MetricFields</name>
        <message>
            <source>CSAT 82 % · n = 45 · 69 to 90</source>
            <translation>CSAT 82 % · n = 45 · 69 to 90</translation>
        </message>
        <message>
            <source>each metric once per step</source>
            <translation>jede Kennzahl einmal pro Schritt</translation>
        </message>
        <message>
            <source>not a metric line: {text!r} (e.g. CSAT 82 % · n = 45)</source>
            <translation>keine Kennzahlzeile: {text!r} (z. B. CSAT 82 % · n = 45)</translation>
        </message>
        <message>
            <source>unknown metric {name!r}: CSAT, CES or NPS</source>
            <translation>unbekannte Kennzahl {name!r}: CSAT, CES oder NPS</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n Karte</numerusform>
                <numerusform>%n Karten</numerusform>
            </translation>
        </message>
        <message>
            <source>+ Lane</source>
            <translation>+ Bahn</translation>
        </message>
        <message>
            <source>+ Stage</source>
            <translation>+ Phase</translation>
        </message>
        <message>
            <source>+ Step</source>
            <translation>+ Schritt</translation>
        </message>
        <message>
            <source>Add a lane</source>
            <translation>Eine Bahn hinzufügen</translation>
        </message>
        <message>
            <source>Add a stage</source>
            <translation>Eine Phase hinzufügen</translation>
        </message>
        <message>
            <source>Add a step to the selected stage</source>
            <translation>Der ausgewählten Phase einen Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Emotion curve: select it on the map; Remove deletes it</source>
            <translation>Emotionskurve: auf der Karte wählen; Entfernen löscht sie</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Emotionskurven</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Bahnen</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Neue Bahn</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected stage, step, lane or curve</source>
            <translation>Gewählte Phase, Schritt, Bahn oder Kurve entfernen</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Bahn umbenennen</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Phase umbenennen</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Schritt umbenennen</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Phasen</translation>
        </message>
    </context>
    <context>
        <name>Personas</name>
        <message>
            <source>(unnamed)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>A picture in the map's folder is linked; one from elsewhere is embedded in the map, scaled down.</source>
            <translation>Ein Bild im Ordner der Karte wird verknüpft; eines von anderswo wird verkleinert in die Karte eingebettet.</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Eine Persona hinzufügen</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Gefühlskurve hinzufügen</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>Attach a curve…</source>
            <translation>Eine Kurve zuordnen…</translation>
        </message>
        <message>
            <source>Attach curve</source>
            <translation>Kurve zuordnen</translation>
        </message>
        <message>
            <source>Attached: </source>
            <translation>Zugeordnet: </translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Verhalten</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Herausforderungen</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Foto auswählen</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Foto wählen…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>Kurve {number}</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Gefühlskurven</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>Erlebt</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Einkommen</translation>
        </message>
        <message>
            <source>Lists take one entry per line.</source>
            <translation>Listen nehmen einen Eintrag pro Zeile.</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivationen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Bedürfnisse</translation>
        </message>
        <message>
            <source>New curve</source>
            <translation>Neue Kurve</translation>
        </message>
        <message>
            <source>No curve attached to this persona yet.</source>
            <translation>Dieser Persona ist noch keine Kurve zugeordnet.</translation>
        </message>
        <message>
            <source>No personas yet. A map is made for one or two primary personas.</source>
            <translation>Noch keine Personas. Eine Karte wird für ein oder zwei primäre Personas erstellt.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Kein Foto</translation>
        </message>
        <message>
            <source>Not shown: {reason}</source>
            <translation>Nicht angezeigt: {reason}</translation>
        </message>
        <message>
            <source>Not used: {reason}</source>
            <translation>Nicht verwendet: {reason}</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Beruf</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primär</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Foto entfernen</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Who the map is for; ★ marks a primary persona.</source>
            <translation>Für wen die Karte ist; ★ kennzeichnet eine primäre Persona.</translation>
        </message>
        <message>
            <source>Working parents in their 30s</source>
            <translation>Berufstätige Eltern in den Dreißigern</translation>
        </message>
        <message>
            <source>＋ Add</source>
            <translation>＋ Hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} weitere</translation>
        </message>
        <message>
            <source>+{count} more (see the editor)</source>
            <translation>+{count} weitere (siehe Editor)</translation>
        </message>
        <message>
            <source>+{count} more (see the map)</source>
            <translation>+{count} weitere (siehe Karte)</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Verhalten</translation>
        </message>
        <message>
            <source>By {author}</source>
            <translation>Von {author}</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Herausforderungen</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Gefühl</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Gefühlskurven</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>Filled: set · hollow: derived from cards</source>
            <translation>Gefüllt: gesetzt · hohl: aus den Karten abgeleitet</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>HOW TO READ THIS MAP</source>
            <translation>SO LIEST MAN DIESE KARTE</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Wirkung →</translation>
        </message>
        <message>
            <source>Moments that matter</source>
            <translation>Momente, die zählen</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivationen</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Bedürfnisse</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>Keine Belege erfasst</translation>
        </message>
        <message>
            <source>No low moments</source>
            <translation>Keine Tiefpunkte</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Noch niemand verantwortlich</translation>
        </message>
        <message>
            <source>No votes or evidence yet</source>
            <translation>Noch keine Stimmen oder Belege</translation>
        </message>
        <message>
            <source>Notes by lane</source>
            <translation>Zettel nach Bahn</translation>
        </message>
        <message>
            <source>Observed rather than assumed</source>
            <translation>Beobachtet statt angenommen</translation>
        </message>
        <message>
            <source>Observed: {count}</source>
            <translation>Beobachtet: {count}</translation>
        </message>
        <message>
            <source>Owner: {owner}</source>
            <translation>Verantwortlich: {owner}</translation>
        </message>
        <message>
            <source>Priorities (impact/effort)</source>
            <translation>Prioritäten (Wirkung/Aufwand)</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Service Blueprint</translation>
        </message>
        <message>
            <source>Stage {number} of {count}</source>
            <translation>Phase {number} von {count}</translation>
        </message>
        <message>
            <source>Time runs left to right through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>Die Zeit läuft von links nach rechts durch Phasen und Schritte; jede Zeile ist eine Bahn des Erlebens. Je höher auf der Kurve, desto besser der Moment.</translation>
        </message>
        <message>
            <source>Time runs right to left through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>Die Zeit läuft von rechts nach links durch Phasen und Schritte; jede Zeile ist eine Bahn des Erlebens. Je höher auf der Kurve, desto besser der Moment.</translation>
        </message>
        <message>
            <source>Top opportunities</source>
            <translation>Wichtigste Chancen</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Unbenannte Journey</translation>
        </message>
        <message>
            <source>Updated {date}</source>
            <translation>Aktualisiert am {date}</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>Votes: {count}</source>
            <translation>Stimmen: {count}</translation>
        </message>
        <message>
            <source>Worst moments</source>
            <translation>Schlimmste Momente</translation>
        </message>
        <message>
            <source>hollow: derived from the cards' mean</source>
            <translation>hohl: aus dem Mittel der Karten abgeleitet</translation>
        </message>
        <message>
            <source>the cards' mean</source>
            <translation>Mittel der Karten</translation>
        </message>
        <message>
            <source>{kind} journey</source>
            <translation>Journey: {kind}</translation>
        </message>
        <message>
            <source>{type} map</source>
            <translation>Karte: {type}</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>1 … 10, ten levels</source>
            <translation>1 … 10, zehn Stufen</translation>
        </message>
        <message>
            <source>1 … 5, five levels</source>
            <translation>1 … 5, fünf Stufen</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie im System</translation>
        </message>
        <message>
            <source>−1 … +1, three levels</source>
            <translation>−1 … +1, drei Stufen</translation>
        </message>
        <message>
            <source>−2 … +2, five levels</source>
            <translation>−2 … +2, fünf Stufen</translation>
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source> max on a card</source>
            <translation> höchstens auf einer Karte</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source> votes each</source>
            <translation> Stimmen pro Person</translation>
        </message>
        <message>
            <source> · {clock} left</source>
            <translation> · noch {clock}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Add to cards' votes</source>
            <translation>Zu den Stimmen der Karten addieren</translation>
        </message>
        <message>
            <source>Allow editing the map while presenting (L)</source>
            <translation>Bearbeiten der Karte während der Präsentation erlauben (L)</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anonym</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Annehmen</translation>
        </message>
        <message>
            <source>Approve every card first (all go to the inbox)</source>
            <translation>Jede Karte zuerst annehmen (alle gehen in den Eingang)</translation>
        </message>
        <message>
            <source>Close voting</source>
            <translation>Abstimmung schließen</translation>
        </message>
        <message>
            <source>Each participant spends their votes on their phone.</source>
            <translation>Alle Teilnehmenden vergeben ihre Stimmen auf dem Telefon.</translation>
        </message>
        <message>
            <source>End round</source>
            <translation>Runde beenden</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Eingang</translation>
        </message>
        <message>
            <source>Inbox ({inbox})</source>
            <translation>Eingang ({inbox})</translation>
        </message>
        <message>
            <source>Inbox {count}</source>
            <translation>Eingang {count}</translation>
        </message>
        <message>
            <source>Lanes open to phones; approve every card first (O)</source>
            <translation>Für Telefone offene Bahnen; jede Karte zuerst annehmen (O)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <source>Map unlocked</source>
            <translation>Karte entsperrt</translation>
        </message>
        <message>
            <source>Next stage in the spotlight (→)</source>
            <translation>Nächste Phase im Rampenlicht (→)</translation>
        </message>
        <message>
            <source>No spotlight (Home)</source>
            <translation>Kein Rampenlicht (Pos1)</translation>
        </message>
        <message>
            <source>One minute less (−)</source>
            <translation>Eine Minute weniger (−)</translation>
        </message>
        <message>
            <source>One minute more (+)</source>
            <translation>Eine Minute mehr (+)</translation>
        </message>
        <message>
            <source>Participants' cards waiting for approval (I)</source>
            <translation>Karten der Teilnehmenden, die auf Annahme warten (I)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Previous stage in the spotlight (←)</source>
            <translation>Vorherige Phase im Rampenlicht (←)</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>Private mode: notes hidden until revealed together (P)</source>
            <translation>Privatmodus: Zettel verborgen, bis sie gemeinsam aufgedeckt werden (P)</translation>
        </message>
        <message numerus="yes">
            <source>Private · %n note(s) hidden</source>
            <translation>
                <numerusform>Privat · %n Zettel verborgen</numerusform>
                <numerusform>Privat · %n Zettel verborgen</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Reset the timer (R)</source>
            <translation>Timer zurücksetzen (R)</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Aufdecken</translation>
        </message>
        <message>
            <source>Revealed: {cast} votes from {voters} people</source>
            <translation>Aufgedeckt: {cast} Stimmen von {voters} Personen</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Stellen</translation>
        </message>
        <message>
            <source>Set the timer (T)</source>
            <translation>Timer stellen (T)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start or pause the timer (Space)</source>
            <translation>Timer starten oder anhalten (Leertaste)</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>Abstimmung starten</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Abstimmen</translation>
        </message>
        <message>
            <source>Vote round (V)</source>
            <translation>Abstimmungsrunde (V)</translation>
        </message>
        <message>
            <source>Voting closed: {cast} votes cast. Reveal when ready.</source>
            <translation>Abstimmung geschlossen: {cast} Stimmen abgegeben. Aufdecken, wenn alle bereit sind.</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>Abstimmung offen</translation>
        </message>
        <message>
            <source>Voting open ({kind}): {cast} votes cast by {voters} of {people}{left}</source>
            <translation>Abstimmung offen ({kind}): {cast} Stimmen von {voters} von {people}{left}</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Ganze Karte</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonym</translation>
        </message>
        <message>
            <source>named</source>
            <translation>namentlich</translation>
        </message>
        <message>
            <source>untimed</source>
            <translation>ohne Zeitlimit</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>could not prepare the printout: {value}</source>
            <translation>der Ausdruck konnte nicht vorbereitet werden: {value}</translation>
        </message>
        <message>
            <source>the printer could not be started</source>
            <translation>der Drucker konnte nicht gestartet werden</translation>
        </message>
        <message>
            <source>the printout has {page_count} pages; none is in the range {fromPage}–{toPage}</source>
            <translation>der Ausdruck hat {page_count} Seiten; keine liegt im Bereich {fromPage}–{toPage}</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>No cards in an opportunities or ideas lane yet.</source>
            <translation>Noch keine Karten in einer Bahn für Chancen oder Ideen.</translation>
        </message>
        <message>
            <source>{rated} of {count} opportunities rated for impact and effort (Inspector). Ranked by quadrant (quick wins first), then impact − effort, impact, votes, evidence and the step's metrics.</source>
            <translation>{rated} von {count} Chancen nach Wirkung und Aufwand bewertet (Inspektor). Sortiert nach Quadrant (schnelle Erfolge zuerst), dann Wirkung − Aufwand, Wirkung, Stimmen, Beleg und den Kennzahlen des Schritts.</translation>
        </message>
    </context>
    <context>
        <name>Raster</name>
        <message>
            <source>a resolution of {dpi:g} dpi is out of range (10–2400)</source>
            <translation>eine Auflösung von {dpi:g} dpi liegt außerhalb des Bereichs (10–2400)</translation>
        </message>
        <message>
            <source>a {w} × {h} pixel picture is too large; lower --dpi or export a PDF poster</source>
            <translation>ein Bild mit {w} × {h} Pixeln ist zu groß; verringere --dpi oder exportiere ein PDF-Poster</translation>
        </message>
        <message>
            <source>not enough memory for a {w} × {h} pixel picture</source>
            <translation>nicht genug Speicher für ein Bild mit {w} × {h} Pixeln</translation>
        </message>
        <message>
            <source>not enough memory for a {w}-pixel-wide picture</source>
            <translation>nicht genug Speicher für ein {w} Pixel breites Bild</translation>
        </message>
        <message>
            <source>the part to export lies outside the map</source>
            <translation>der zu exportierende Teil liegt außerhalb der Karte</translation>
        </message>
        <message>
            <source>{path}: cannot write the SVG</source>
            <translation>{path}: SVG kann nicht geschrieben werden</translation>
        </message>
    </context>
    <context>
        <name>RoomDialogs</name>
        <message>
            <source>  ({selected} selected)</source>
            <translation>  ({selected} ausgewählt)</translation>
        </message>
        <message>
            <source>192.168.1.20:43210, or paste the join link</source>
            <translation>192.168.1.20:43210, oder den Beitrittslink einfügen</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Here now:</source>
            <translation>Jetzt hier:</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Beitreten</translation>
        </message>
        <message>
            <source>Join Session</source>
            <translation>Sitzung beitreten</translation>
        </message>
        <message>
            <source>Join link:</source>
            <translation>Beitrittslink:</translation>
        </message>
        <message>
            <source>K7QX-M2PA</source>
            <translation>K7QX-M2PA</translation>
        </message>
        <message>
            <source>Scan the code with a phone, or join from cjdesigner:</source>
            <translation>Den Code mit einem Telefon scannen oder aus cjdesigner beitreten:</translation>
        </message>
        <message>
            <source>Session running</source>
            <translation>Sitzung läuft</translation>
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation>Sitzungen in diesem Netzwerk:</translation>
        </message>
        <message>
            <source>Stop Session</source>
            <translation>Sitzung beenden</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Dein Name:</translation>
        </message>
        <message>
            <source>http://</source>
            <translation>http://</translation>
        </message>
    </context>
    <context>
        <name>RoomLink</name>
        <message>
            <source>Someone</source>
            <translation>Jemand</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Custom ({min} … {max})</source>
            <translation>Eigene ({min} … {max})</translation>
        </message>
        <message>
            <source>Emotion scale</source>
            <translation>Gefühlsskala</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Poster paper</source>
            <translation>Posterpapier</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>The editor speaks the chosen language as soon as you press OK. New maps take the editor's language for the words printed on their posters.</source>
            <translation>Der Editor spricht die gewählte Sprache, sobald Sie auf OK klicken. Neue Karten übernehmen die Sprache des Editors für die Wörter, die auf ihre Poster gedruckt werden.</translation>
        </message>
        <message>
            <source>The emotion scale applies to curves of new maps; each curve keeps its own scale, editable in the inspector.</source>
            <translation>Die Gefühlsskala gilt für die Kurven neuer Karten; jede Kurve behält ihre eigene Skala, die im Inspektor bearbeitet werden kann.</translation>
        </message>
        <message>
            <source>Your name, written into new maps</source>
            <translation>Dein Name, der in neue Karten geschrieben wird</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Customer journey maps and service blueprints</source>
            <translation>Customer Journey Maps und Service Blueprints</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Maps you open or save appear here.</source>
            <translation>Karten, die du öffnest oder speicherst, erscheinen hier.</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Neue Karte</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Recovered work</source>
            <translation>Wiederhergestellte Arbeit</translation>
        </message>
        <message>
            <source>Remove from List</source>
            <translation>Aus der Liste entfernen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Im Ordner zeigen</translation>
        </message>
        <message>
            <source>Start from a template</source>
            <translation>Mit einer Vorlage beginnen</translation>
        </message>
        <message>
            <source>These maps had unsaved changes when cjdesigner last stopped.</source>
            <translation>Diese Karten hatten nicht gespeicherte Änderungen, als cjdesigner zuletzt beendet wurde.</translation>
        </message>
        <message>
            <source>This map was never saved</source>
            <translation>Diese Karte wurde nie gespeichert</translation>
        </message>
        <message>
            <source>cjdesigner</source>
            <translation>cjdesigner</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>nie gespeichert</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>vor {n} Std.</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>vor {n} Min.</translation>
        </message>
        <message>
            <source>{stem}  (missing)
{parent}</source>
            <translation>{stem}  (fehlt)
{parent}</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <source>+1 Vote</source>
            <translation>+1 Stimme</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <source>Move cards</source>
            <translation>Karten verschieben</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Advertising</source>
            <translation>Werbung</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Awful</source>
            <translation>Furchtbar</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Backstage</translation>
        </message>
        <message>
            <source>Branch or store</source>
            <translation>Filiale oder Geschäft</translation>
        </message>
        <message>
            <source>CES</source>
            <translation>CES</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Kündigung</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Complaint or return</source>
            <translation>Reklamation oder Rückgabe</translation>
        </message>
        <message>
            <source>Content offered</source>
            <translation>Angebotene Inhalte</translation>
        </message>
        <message>
            <source>Contract renewal</source>
            <translation>Vertragsverlängerung</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Ist-Zustand</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Kundenaktionen</translation>
        </message>
        <message>
            <source>Day in the life</source>
            <translation>Ein Tag im Leben</translation>
        </message>
        <message>
            <source>Delighted</source>
            <translation>Begeistert</translation>
        </message>
        <message>
            <source>Edited on both sides</source>
            <translation>Auf beiden Seiten bearbeitet</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Gefühlskurve</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Gefühle</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Frontstage</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>Soll-Zustand</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Gut</translation>
        </message>
        <message>
            <source>Ideas / solutions</source>
            <translation>Ideen / Lösungen</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>KPIs / metrics</source>
            <translation>KPIs / Kennzahlen</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <source>Line of interaction</source>
            <translation>Interaktionslinie</translation>
        </message>
        <message>
            <source>Line of internal interaction</source>
            <translation>Linie der internen Interaktion</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>Sichtbarkeitslinie</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Marketing content</source>
            <translation>Marketinginhalte</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>Mobile App</translation>
        </message>
        <message>
            <source>Moved to different places</source>
            <translation>An verschiedene Stellen verschoben</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Negativ</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Beobachtet</translation>
        </message>
        <message>
            <source>Okay</source>
            <translation>In Ordnung</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Chancen</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Schmerzpunkte</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Phone helpline</source>
            <translation>Telefon-Hotline</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Physische Belege</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Schlecht</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positiv</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Vorgeschlagen</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <source>Query about a product</source>
            <translation>Anfrage zu einem Produkt</translation>
        </message>
        <message>
            <source>Removed on one side, changed on the other</source>
            <translation>Auf einer Seite entfernt, auf der anderen geändert</translation>
        </message>
        <message>
            <source>Sales staff</source>
            <translation>Verkaufspersonal</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Service Blueprint</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Soziale Medien</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Unterstützungsprozesse</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Gedanken</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Berührungspunkte</translation>
        </message>
        <message>
            <source>Very negative</source>
            <translation>Sehr negativ</translation>
        </message>
        <message>
            <source>Very positive</source>
            <translation>Sehr positiv</translation>
        </message>
        <message>
            <source>Webchat</source>
            <translation>Webchat</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <source>Word of mouth</source>
            <translation>Mundpropaganda</translation>
        </message>
    </context>
    <context>
        <name>WindowDesktop</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> und %n weitere</numerusform>
                <numerusform> und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a journey map</source>
            <translation>Keine Journey Map</translation>
        </message>
        <message>
            <source>{names} is neither a journey map (.cjm) nor a card list (.csv, .xlsx), so cjdesigner cannot open it.</source>
            <translation>{names} ist weder eine Journey Map (.cjm) noch eine Kartenliste (.csv, .xlsx), daher kann cjdesigner sie nicht öffnen.</translation>
        </message>
        <message>
            <source>{names}{more} are neither journey maps (.cjm) nor card lists (.csv, .xlsx), so cjdesigner cannot open them.</source>
            <translation>{names}{more} sind weder Journey Maps (.cjm) noch Kartenlisten (.csv, .xlsx), daher kann cjdesigner sie nicht öffnen.</translation>
        </message>
    </context>
    <context>
        <name>WindowEdit</name>
        <message>
            <source>A card needs a cell: add a stage with a step and a lane first</source>
            <translation>Eine Karte braucht eine Zelle: füge zuerst eine Phase mit einem Schritt und eine Bahn hinzu</translation>
        </message>
        <message>
            <source>Add vote</source>
            <translation>Stimme hinzufügen</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>Kurve {number}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Neue Bahn</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>Stimme entfernen</translation>
        </message>
        <message>
            <source>Select the cards to vote for</source>
            <translation>Wähle die Karten aus, für die abgestimmt werden soll</translation>
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <source>
… and {count} more</source>
            <translation>
… und {count} weitere</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>Export nicht möglich</translation>
        </message>
        <message>
            <source>Could not import the file</source>
            <translation>Die Datei konnte nicht importiert werden</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>Die Karte konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Could not restore</source>
            <translation>Wiederherstellen nicht möglich</translation>
        </message>
        <message>
            <source>Could not revert</source>
            <translation>Zurücksetzen nicht möglich</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
        <message>
            <source>Could not use template</source>
            <translation>Vorlage nicht verwendbar</translation>
        </message>
        <message>
            <source>Delete the recovered copy of “{title}”? This cannot be undone.</source>
            <translation>Die wiederhergestellte Kopie von „{title}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Discard recovered map</source>
            <translation>Wiederhergestellte Karte verwerfen</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Drop all unsaved changes to “{display_name}” and reload it from disk?</source>
            <translation>Alle nicht gespeicherten Änderungen an „{display_name}“ verwerfen und die Karte neu von der Festplatte laden?</translation>
        </message>
        <message>
            <source>Export as {label}</source>
            <translation>Als {label} exportieren</translation>
        </message>
        <message>
            <source>Export not available</source>
            <translation>Export nicht verfügbar</translation>
        </message>
        <message>
            <source>Export of {name} stopped; nothing written</source>
            <translation>Export von {name} abgebrochen; nichts geschrieben</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Mit Warnungen exportiert</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>{name} exportiert</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>{name} wird exportiert</translation>
        </message>
        <message>
            <source>Import cards from CSV or Excel</source>
            <translation>Karten aus CSV oder Excel importieren</translation>
        </message>
        <message>
            <source>Import of {name} stopped; nothing imported</source>
            <translation>Import von {name} abgebrochen; nichts importiert</translation>
        </message>
        <message>
            <source>Import warnings</source>
            <translation>Importwarnungen</translation>
        </message>
        <message numerus="yes">
            <source>Imported with %n warning(s).</source>
            <translation>
                <numerusform>Mit %n Warnung importiert.</numerusform>
                <numerusform>Mit %n Warnungen importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>{name} wird importiert</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Karte öffnen</translation>
        </message>
        <message>
            <source>Opened {display_name}</source>
            <translation>{display_name} geöffnet</translation>
        </message>
        <message>
            <source>Opening {name}</source>
            <translation>{name} wird geöffnet</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Restore recovered map</source>
            <translation>Wiederhergestellte Karte zurückholen</translation>
        </message>
        <message>
            <source>Restored {display_name} — save it to keep it</source>
            <translation>{display_name} wiederhergestellt — speichere sie, um sie zu behalten</translation>
        </message>
        <message>
            <source>Restoring {title}</source>
            <translation>{title} wird wiederhergestellt</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Revert to saved</source>
            <translation>Auf gespeicherte Fassung zurücksetzen</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>Karte speichern unter</translation>
        </message>
        <message>
            <source>Save map as ({name} is read-only)</source>
            <translation>Karte speichern unter ({name} ist schreibgeschützt)</translation>
        </message>
        <message>
            <source>Save of {name} stopped; nothing written</source>
            <translation>Speichern von {name} abgebrochen; nichts geschrieben</translation>
        </message>
        <message>
            <source>Saved {display_name}</source>
            <translation>{display_name} gespeichert</translation>
        </message>
        <message>
            <source>Saving {name}</source>
            <translation>{name} wird gespeichert</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Stopped opening {name}</source>
            <translation>Öffnen von {name} abgebrochen</translation>
        </message>
        <message>
            <source>Stopped restoring {title}; the copy is kept</source>
            <translation>Wiederherstellen von {title} abgebrochen; die Kopie bleibt erhalten</translation>
        </message>
        <message numerus="yes">
            <source>cjdesigner kept %n map(s) with unsaved changes from the last session.</source>
            <translation>
                <numerusform>cjdesigner hat %n Karte mit nicht gespeicherten Änderungen aus der letzten Sitzung aufbewahrt.</numerusform>
                <numerusform>cjdesigner hat %n Karten mit nicht gespeicherten Änderungen aus der letzten Sitzung aufbewahrt.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file_filter};;All files (*)</source>
            <translation>{file_filter};;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>“{display_name}” is open with unsaved changes. Replace them with the recovered copy?</source>
            <translation>„{display_name}“ ist mit nicht gespeicherten Änderungen geöffnet. Durch die wiederhergestellte Kopie ersetzen?</translation>
        </message>
    </context>
    <context>
        <name>WindowPrint</name>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>Could not print</source>
            <translation>Drucken nicht möglich</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Überlappung</translation>
        </message>
        <message>
            <source>Page setup saved</source>
            <translation>Seiteneinrichtung gespeichert</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>Poster size</source>
            <translation>Postergröße</translation>
        </message>
        <message>
            <source>Print poster</source>
            <translation>Poster drucken</translation>
        </message>
        <message>
            <source>Print poster on several sheets</source>
            <translation>Poster auf mehrere Blätter drucken</translation>
        </message>
        <message>
            <source>Printed with warnings</source>
            <translation>Mit Warnungen gedruckt</translation>
        </message>
        <message>
            <source>Printing stopped; nothing was sent to the printer</source>
            <translation>Druck abgebrochen; nichts wurde an den Drucker gesendet</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to {printer}</source>
            <translation>
                <numerusform>%n Seite an {printer} gesendet</numerusform>
                <numerusform>%n Seiten an {printer} gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>The poster is split across the printer’s sheets, with cut and glue marks and an assembly guide first, as in a tiled PDF.</source>
            <translation>Das Poster wird auf die Blätter des Druckers aufgeteilt, mit Schnitt- und Klebemarken und vorab einer Montageanleitung, wie in einer gekachelten PDF.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>den Drucker</translation>
        </message>
    </context>
    <context>
        <name>WindowRoom</name>
        <message>
            <source>&amp;Follow the Presenter</source>
            <translation>Dem Präsentierenden &amp;folgen</translation>
        </message>
        <message>
            <source>&amp;Host Again (the host is gone)</source>
            <translation>Erneut &amp;hosten (der Host ist weg)</translation>
        </message>
        <message>
            <source>&amp;Join Session…</source>
            <translation>Sitzung &amp;beitreten…</translation>
        </message>
        <message>
            <source>&amp;Leave or Stop Session</source>
            <translation>Sitzung &amp;verlassen oder beenden</translation>
        </message>
        <message>
            <source>&amp;Present to Others</source>
            <translation>Für andere &amp;präsentieren</translation>
        </message>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Teilen</translation>
        </message>
        <message>
            <source>&amp;Start Session…</source>
            <translation>Sitzung &amp;starten…</translation>
        </message>
        <message>
            <source>A relay's address starts with ws:// or wss://</source>
            <translation>Die Adresse eines Relays beginnt mit ws:// oder wss://</translation>
        </message>
        <message>
            <source>Address of a y-websocket server and room (ws://relay.example:1234/map):</source>
            <translation>Adresse eines y-websocket-Servers und Raums (ws://relay.example:1234/map):</translation>
        </message>
        <message>
            <source>Cannot start the session: {value}</source>
            <translation>Die Sitzung kann nicht gestartet werden: {value}</translation>
        </message>
        <message>
            <source>Meet on a &amp;Relay Server…</source>
            <translation>Auf einem &amp;Relay-Server treffen…</translation>
        </message>
        <message>
            <source>Meet on a Relay Server</source>
            <translation>Auf einem Relay-Server treffen</translation>
        </message>
        <message>
            <source>Session running here now: code {code}</source>
            <translation>Die Sitzung läuft jetzt hier: Code {code}</translation>
        </message>
        <message>
            <source>Session running: code {code}</source>
            <translation>Sitzung läuft: Code {code}</translation>
        </message>
        <message>
            <source>Session: connected</source>
            <translation>Sitzung: verbunden</translation>
        </message>
        <message>
            <source>Session: joining again at its new address; what you edited meanwhile merges</source>
            <translation>Sitzung: erneut beitreten unter ihrer neuen Adresse; was du inzwischen geändert hast, wird zusammengeführt</translation>
        </message>
        <message>
            <source>Session: the host cannot be reached; you keep working, and your edits merge when it is back (or Share › Host Again)</source>
            <translation>Sitzung: Der Host ist nicht erreichbar; du arbeitest weiter, und deine Änderungen werden zusammengeführt, sobald er zurück ist (oder Teilen › Erneut hosten)</translation>
        </message>
        <message>
            <source>Show Session &amp;Code…</source>
            <translation>Sitzungs&amp;code zeigen…</translation>
        </message>
        <message>
            <source>The session does not answer yet; still trying…</source>
            <translation>Die Sitzung antwortet noch nicht; es wird weiter versucht…</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Timer {time}</source>
            <translation>Timer {time}</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>Die Zeit ist um</translation>
        </message>
        <message>
            <source>Workshop timer (View ▸ Workshop Timer)</source>
            <translation>Workshop-Timer (Ansicht ▸ Workshop-Timer)</translation>
        </message>
    </context>
</TS>
