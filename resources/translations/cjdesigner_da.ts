<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
    <context>
        <name>Accessibility</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n kort</numerusform>
                <numerusform>%n kort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n trin</numerusform>
                <numerusform>%n trin</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n stemme</numerusform>
                <numerusform>%n stemmer</numerusform>
            </translation>
        </message>
        <message>
            <source>Arrow keys move between cells and cards and up to the step, stage and lane headers; Enter adds a card or renames a header, F2 edits the card.</source>
            <translation>Piletasterne flytter mellem celler og kort og op til trin-, fase- og banehovederne; Enter tilføjer et kort eller omdøber et hoved, F2 redigerer kortet.</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Kunderejsekort</translation>
        </message>
        <message>
            <source>Journey map: {title}</source>
            <translation>Kunderejsekort: {title}</translation>
        </message>
        <message>
            <source>Lane {name}</source>
            <translation>Bane {name}</translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>Fase {name}</translation>
        </message>
        <message>
            <source>Step {name}</source>
            <translation>Trin {name}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Uden titel</translation>
        </message>
        <message>
            <source>Untitled card</source>
            <translation>Kort uden titel</translation>
        </message>
        <message>
            <source>channel {channel}</source>
            <translation>kanal {channel}</translation>
        </message>
        <message>
            <source>emotion {value}</source>
            <translation>følelse {value}</translation>
        </message>
        <message>
            <source>evidence {evidence}</source>
            <translation>belæg {evidence}</translation>
        </message>
        <message>
            <source>in stage {stage}; {cards}</source>
            <translation>i fasen {stage}; {cards}</translation>
        </message>
        <message>
            <source>in {lane}, {stage} › {step}</source>
            <translation>i {lane}, {stage} › {step}</translation>
        </message>
        <message>
            <source>owner {owner}</source>
            <translation>ansvarlig {owner}</translation>
        </message>
        <message>
            <source>tags {tags}</source>
            <translation>mærker {tags}</translation>
        </message>
        <message>
            <source>{curve} at {step}: {value}</source>
            <translation>{curve} ved {step}: {value}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n kort</numerusform>
                <numerusform>%n kort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n følelseskurve</numerusform>
                <numerusform>%n følelseskurver</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n bane</numerusform>
                <numerusform>%n baner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personaer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n fase</numerusform>
                <numerusform>%n faser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n trin</numerusform>
                <numerusform>%n trin</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>--language {tag!r} is not a language tag such as da, en-US or ar</source>
            <translation>--language {tag!r} er ikke et sprogmærke som da, en-US eller ar</translation>
        </message>
        <message>
            <source>a bundled template is damaged: {exc}</source>
            <translation>en medfølgende skabelon er beskadiget: {exc}</translation>
        </message>
        <message>
            <source>no template named {template!r}; choose one of: {available}</source>
            <translation>ingen skabelon hedder {template!r}; vælg en af: {available}</translation>
        </message>
        <message>
            <source>no templates are installed</source>
            <translation>der er ingen skabeloner installeret</translation>
        </message>
        <message>
            <source>the template is damaged: {exc}</source>
            <translation>skabelonen er beskadiget: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{output}: %n answer(s) stored as {metrics} step metrics</source>
            <translation>
                <numerusform>{output}: %n svar gemt som {metrics} trinmålinger</numerusform>
                <numerusform>{output}: %n svar gemt som {metrics} trinmålinger</numerusform>
            </translation>
        </message>
        <message>
            <source>{output}: cannot export to {wanted} files; use one of {value} as the output suffix</source>
            <translation>{output}: kan ikke eksportere til {wanted}-filer; brug en af {value} som filendelse</translation>
        </message>
        <message>
            <source>{output}: cannot export: {reason}</source>
            <translation>{output}: kan ikke eksportere: {reason}</translation>
        </message>
        <message>
            <source>{output}: cannot write ({reason})</source>
            <translation>{output}: kan ikke skrive ({reason})</translation>
        </message>
        <message>
            <source>{output}: exported {summary}</source>
            <translation>{output}: eksporterede {summary}</translation>
        </message>
        <message>
            <source>{output}: future state of {map}: {summary}</source>
            <translation>{output}: fremtidig tilstand af {map}: {summary}</translation>
        </message>
        <message>
            <source>{output}: imported from {source}: {summary}</source>
            <translation>{output}: importeret fra {source}: {summary}</translation>
        </message>
        <message>
            <source>{output}: is the {what} itself; choose another output file</source>
            <translation>{output}: er selve {what}; vælg en anden outputfil</translation>
        </message>
        <message>
            <source>{output}: new map from template {name}: {summary}</source>
            <translation>{output}: nyt kort fra skabelonen {name}: {summary}</translation>
        </message>
        <message>
            <source>{output}: warning: {warning}</source>
            <translation>{output}: advarsel: {warning}</translation>
        </message>
        <message>
            <source>{output}: write the comparison as .cjm (a map) or .pdf (a poster)</source>
            <translation>{output}: skriv sammenligningen som .cjm (et kort) eller .pdf (en plakat)</translation>
        </message>
        <message>
            <source>{path}: already exists; add --force to replace it</source>
            <translation>{path}: findes allerede; tilføj --force for at erstatte den</translation>
        </message>
        <message>
            <source>{path}: is a folder</source>
            <translation>{path}: er en mappe</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: filen findes ikke</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path}: er ikke en fil</translation>
        </message>
        <message>
            <source>{path}: not replaced: {strerror}</source>
            <translation>{path}: ikke erstattet: {strerror}</translation>
        </message>
        <message>
            <source>{path}: ok, {summary}</source>
            <translation>{path}: i orden, {summary}</translation>
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
            <translation>{program} diff --textconv: angiv præcis én FIL</translation>
        </message>
        <message>
            <source>{program} diff: give OLD and NEW (or git's seven diff-driver arguments)</source>
            <translation>{program} diff: angiv GAMMEL og NY (eller gits syv argumenter til diff-drivere)</translation>
        </message>
        <message>
            <source>{program} export: warning: {flag} does not apply to {suffix} files</source>
            <translation>{program} export: advarsel: {flag} gælder ikke for {suffix}-filer</translation>
        </message>
        <message>
            <source>{program} merge: {exc}</source>
            <translation>{program} merge: {exc}</translation>
        </message>
        <message>
            <source>{program}: cannot open the editor: {problem}</source>
            <translation>{program}: kan ikke åbne editoren: {problem}</translation>
        </message>
        <message>
            <source>{program}: cannot start the editor: {exc}</source>
            <translation>{program}: kan ikke starte editoren: {exc}</translation>
        </message>
        <message>
            <source>{program}: interrupted</source>
            <translation>{program}: afbrudt</translation>
        </message>
        <message>
            <source>{program}: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open; these commands work without one:</source>
            <translation>{program}: ingen skærm (DISPLAY og WAYLAND_DISPLAY er ikke sat), så editoren kan ikke åbne; disse kommandoer virker uden:</translation>
        </message>
        <message>
            <source>{program}: {problem}</source>
            <translation>{program}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{shown}: %n conflict(s) kept in the map; open it in cjdesigner to pick a side for each</source>
            <translation>
                <numerusform>{shown}: %n konflikt gemt i kortet; åbn det i cjdesigner for at vælge en side</numerusform>
                <numerusform>{shown}: %n konflikter gemt i kortet; åbn det i cjdesigner for at vælge en side for hver</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown}: CONFLICT {describe}</source>
            <translation>{shown}: KONFLIKT {describe}</translation>
        </message>
        <message>
            <source>{source}: warning: {warning}</source>
            <translation>{source}: advarsel: {warning}</translation>
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
            <translation>Tilføj kort</translation>
        </message>
        <message>
            <source>Change lane kind</source>
            <translation>Skift banetype</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>Klokkeslæt</translation>
        </message>
        <message>
            <source>Cut cards</source>
            <translation>Klip kort</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>Slet kort</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Slet kort</translation>
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation>Dupliker kort</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Navn:</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Nyt trin</translation>
        </message>
        <message>
            <source>Paste cards</source>
            <translation>Indsæt kort</translation>
        </message>
        <message>
            <source>Recolour lane</source>
            <translation>Skift banens farve</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Skift fasens farve</translation>
        </message>
        <message numerus="yes">
            <source>Remove the lane “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Fjern banen “{name}” og det %n kort i den?</numerusform>
                <numerusform>Fjern banen “{name}” og de %n kort i den?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the stage “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Fjern fasen “{name}” og det %n kort i den?</numerusform>
                <numerusform>Fjern fasen “{name}” og de %n kort i den?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the step “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Fjern trinnet “{name}” og det %n kort i det?</numerusform>
                <numerusform>Fjern trinnet “{name}” og de %n kort i det?</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Omdøb bane</translation>
        </message>
        <message>
            <source>Rename map</source>
            <translation>Omdøb rejsekort</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Omdøb fase</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Omdøb trin</translation>
        </message>
        <message>
            <source>Set step time</source>
            <translation>Angiv trinnets tidspunkt</translation>
        </message>
        <message>
            <source>Time (HH:MM, empty for none):</source>
            <translation>Tidspunkt (TT:MM, tomt for intet):</translation>
        </message>
    </context>
    <context>
        <name>Comparing</name>
        <message>
            <source>Cannot compare</source>
            <translation>Kan ikke sammenligne</translation>
        </message>
        <message>
            <source>Compare with map</source>
            <translation>Sammenlign med kort</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>. On the canvas: + added, ~ changed, › moved; Δ is each step's emotion change.</source>
            <translation>. På lærredet: + tilføjet, ~ ændret, › flyttet; Δ er hvert trins ændring i følelse.</translation>
        </message>
        <message>
            <source>Compared with {label}: </source>
            <translation>Sammenlignet med {label}: </translation>
        </message>
        <message>
            <source>Not comparing. View › Compare with… shows what changed since the last save or against another map.</source>
            <translation>Ingen sammenligning. Vis › Sammenlign med… viser, hvad der er ændret siden sidste gemning eller i forhold til et andet kort.</translation>
        </message>
        <message>
            <source>Stop Comparing</source>
            <translation>Stop sammenligning</translation>
        </message>
        <message>
            <source>no changes</source>
            <translation>ingen ændringer</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message numerus="yes">
            <source>%n conflict(s) from a merge. The map holds ours for each until you pick a side.</source>
            <translation>
                <numerusform>%n konflikt fra en sammenfletning. Kortet beholder vores version, indtil du vælger side.</numerusform>
                <numerusform>%n konflikter fra en sammenfletning. Kortet beholder vores version af hver, indtil du vælger side.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot keep that side: {exc}</source>
            <translation>Kan ikke beholde den side: {exc}</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Behold vores</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Behold deres</translation>
        </message>
        <message>
            <source>Keep {ours_label}</source>
            <translation>Behold {ours_label}</translation>
        </message>
        <message>
            <source>Keep {theirs_label}</source>
            <translation>Behold {theirs_label}</translation>
        </message>
        <message>
            <source>No merge conflicts.</source>
            <translation>Ingen sammenfletningskonflikter.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Vis</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Card lists (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
            <translation>Kortlister (*.csv *.xlsx *.xlsm);;CSV-filer (*.csv);;Excel-projektmapper (*.xlsx *.xlsm);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Ændret på disken</translation>
        </message>
        <message>
            <source>If you don’t save, your changes will be lost.</source>
            <translation>Hvis du ikke gemmer, går dine ændringer tabt.</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Rejsekort (*.cjm);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Åbn kort</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Overskriv</translation>
        </message>
        <message>
            <source>Overwrite replaces their version (it is kept as the .bak file until the next save); Save As… keeps both; Reload drops your changes here and shows theirs. Show Details… lists what differs.</source>
            <translation>Overskriv erstatter deres version (den gemmes som .bak-filen indtil næste gemning); Gem som… beholder begge; Genindlæs kasserer dine ændringer her og viser deres. Vis detaljer… viser forskellene.</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
            <translation>Billeder (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Genindlæs</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Gem som…</translation>
        </message>
        <message>
            <source>Save map</source>
            <translation>Gem kort</translation>
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation>Gem ændringerne i “{name}”, før det lukkes?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ugemte ændringer</translation>
        </message>
        <message>
            <source>“{name}” was changed on disk by another program or editor.</source>
            <translation>“{name}” er blevet ændret på disken af et andet program eller en anden redaktør.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source> Reload would drop your unsaved changes here; Save will ask before it replaces their version.</source>
            <translation> Genindlæs ville kassere dine ugemte ændringer her; Gem spørger, før den erstatter deres version.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; changed on disk.{extra}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; er ændret på disken.{extra}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; was moved or deleted on disk. Save to write it again.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; er flyttet eller slettet på disken. Gem for at skrive den igen.</translation>
        </message>
        <message>
            <source>Could not reload: {exc}</source>
            <translation>Kunne ikke genindlæse: {exc}</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Behold min</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Genindlæs</translation>
        </message>
        <message>
            <source>Reloaded {display_name}</source>
            <translation>{display_name} er genindlæst</translation>
        </message>
        <message>
            <source>The file on disk does not open as a map: {exc}</source>
            <translation>Filen på disken kan ikke åbnes som et kort: {exc}</translation>
        </message>
        <message>
            <source>The file on disk holds the same map as this editor.</source>
            <translation>Filen på disken indeholder det samme kort som denne editor.</translation>
        </message>
        <message>
            <source>This map has not been saved yet.</source>
            <translation>Dette kort er ikke gemt endnu.</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Unavngiven rejse</translation>
        </message>
        <message>
            <source>… and {count} more lines</source>
            <translation>… og {count} linjer mere</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Card description</source>
            <translation>Kortets beskrivelse</translation>
        </message>
        <message>
            <source>Card title</source>
            <translation>Kortets titel</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Ctrl+Enter gemmer</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>Rediger korttekst</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc keeps what you typed and takes back a card left empty.</source>
            <translation>Enter (Ctrl+Enter i beskrivelsen) eller et klik et andet sted beholder teksten; Esc beholder det, du har skrevet, og fjerner et kort, der er efterladt tomt.</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc puts the card's text back as it was.</source>
            <translation>Enter (Ctrl+Enter i beskrivelsen) eller et klik et andet sted beholder teksten; Esc sætter kortets tekst tilbage, som den var.</translation>
        </message>
        <message>
            <source>Enter saves · Tab: description</source>
            <translation>Enter gemmer · Tab: beskrivelse</translation>
        </message>
        <message>
            <source>Esc cancels</source>
            <translation>Esc annullerer</translation>
        </message>
        <message>
            <source>Esc closes</source>
            <translation>Esc lukker</translation>
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
            <translation>Tilføj kort</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Tilføj følelseskurve</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Tilføj bane</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Tilføj persona</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Tilføj fase</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Tilføj trin</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Slet kort</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Redigering</translation>
        </message>
        <message>
            <source>Import survey metrics</source>
            <translation>Importér målinger fra spørgeskema</translation>
        </message>
        <message>
            <source>Keep their value</source>
            <translation>Behold deres værdi</translation>
        </message>
        <message>
            <source>Link cards</source>
            <translation>Sammenkæd kort</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>Flyt kort</translation>
        </message>
        <message>
            <source>Move curve point</source>
            <translation>Flyt kurvepunkt</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Flyt bane</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Flyt fase</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Flyt trin</translation>
        </message>
        <message>
            <source>Record conflict</source>
            <translation>Registrér konflikt</translation>
        </message>
        <message>
            <source>Remove emotion curve</source>
            <translation>Fjern følelseskurve</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Fjern bane</translation>
        </message>
        <message>
            <source>Remove persona</source>
            <translation>Fjern persona</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Fjern fase</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Fjern trin</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>Løs konflikt</translation>
        </message>
        <message>
            <source>Set metrics</source>
            <translation>Angiv målinger</translation>
        </message>
        <message>
            <source>Unlink cards</source>
            <translation>Fjern kæde mellem kort</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>&lt;b&gt;cjdesigner hit an unexpected error.&lt;/b&gt;</source>
            <translation>&lt;b&gt;cjdesigner stødte på en uventet fejl.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsæt</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopieret</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Kopiér detaljer</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Noget gik galt</translation>
        </message>
        <message>
            <source>You can keep working. If something looks wrong, save and restart.</source>
            <translation>Du kan arbejde videre. Hvis noget ser forkert ud, så gem og genstart.</translation>
        </message>
        <message numerus="yes">
            <source>Your work is safe: a recovery copy of every open map was written (%n file(s)). You can keep working; saving now is a good idea.</source>
            <translation>
                <numerusform>Dit arbejde er i sikkerhed: der er skrevet en gendannelseskopi af hvert åbent kort (%n fil). Du kan arbejde videre; det er en god idé at gemme nu.</numerusform>
                <numerusform>Dit arbejde er i sikkerhed: der er skrevet en gendannelseskopi af hvert åbent kort (%n filer). Du kan arbejde videre; det er en god idé at gemme nu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source> at {scale:.0%}</source>
            <translation> ved {scale:.0%}</translation>
        </message>
        <message>
            <source> run it the other way (--orientation {other}),</source>
            <translation> læg den den anden vej (--orientation {other}),</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) did not fit on their cards: marked →1…→{count} on the poster, their whole text is in the appendix after it</source>
            <translation>
                <numerusform>%n kort kunne ikke være på sit kort: markeret →1…→{count} på plakaten, hele teksten står i tillægget efter den</numerusform>
                <numerusform>%n kort kunne ikke være på deres kort: markeret →1…→{count} på plakaten, hele teksten står i tillægget efter den</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) cannot be printed with the fonts installed and show as empty boxes: {named}; {font} would print them (Debian/Ubuntu: sudo apt install {package})</source>
            <translation>
                <numerusform>%n tegn kan ikke udskrives med de installerede skrifttyper og vises som tomme kasser: {named}; {font} ville kunne udskrive det (Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>%n tegn kan ikke udskrives med de installerede skrifttyper og vises som tomme kasser: {named}; {font} ville kunne udskrive dem (Debian/Ubuntu: sudo apt install {package})</numerusform>
            </translation>
        </message>
        <message>
            <source>, or </source>
            <translation> eller </translation>
        </message>
        <message>
            <source>--paper auto chose --scale {percent} on {sheet} sheets</source>
            <translation>--paper auto valgte --scale {percent} på {sheet}-ark</translation>
        </message>
        <message>
            <source>--paper auto chose {choice}</source>
            <translation>--paper auto valgte {choice}</translation>
        </message>
        <message>
            <source>--paper auto: a sheet the size of the map</source>
            <translation>--paper auto: et ark på størrelse med kortet</translation>
        </message>
        <message>
            <source>--paper auto: no sheet, roll or tiling prints the cards at the minimum size; printed on 4A0 (try --split stages)</source>
            <translation>--paper auto: intet ark, ingen rulle og ingen opdeling udskriver kortene i mindstestørrelsen; udskrevet på 4A0 (prøv --split stages)</translation>
        </message>
        <message numerus="yes">
            <source>--paper map --scale {percent} --tile A4 (%n sheet(s))</source>
            <translation>
                <numerusform>--paper map --scale {percent} --tile A4 (%n ark)</numerusform>
                <numerusform>--paper map --scale {percent} --tile A4 (%n ark)</numerusform>
            </translation>
        </message>
        <message>
            <source>--paper roll:{width}mm ({length:.1f} m long)</source>
            <translation>--paper roll:{width}mm ({length:.1f} m lang)</translation>
        </message>
        <message>
            <source>--paper {name} (card text {size:.0f} pt)</source>
            <translation>--paper {name} (korttekst {size:.0f} pt)</translation>
        </message>
        <message>
            <source>--split stages (an overview and {count} stage pages on {paper}, card text {size:.0f} pt or more)</source>
            <translation>--split stages (en oversigt og {count} fasesider på {paper}, korttekst {size:.0f} pt eller mere)</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is larger than {paper}: it is cut off. Choose a larger sheet, fit to the sheet, or tile.</source>
            <translation>Ved {scale:.0%} er kortet større end {paper}: det bliver skåret af. Vælg et større ark, tilpas til arket, eller del det op.</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm tall, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>Ved {scale:.0%} er kortet {size:.0f} mm højt, men en rulle på {width:.0f} mm giver {room:.0f} mm til det: tilpas det til rullen (udelad --scale),{hint} vælg en bredere rulle, eller del det op (--tile A4).</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm wide, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>Ved {scale:.0%} er kortet {size:.0f} mm bredt, men en rulle på {width:.0f} mm giver {room:.0f} mm til det: tilpas det til rullen (udelad --scale),{hint} vælg en bredere rulle, eller del det op (--tile A4).</translation>
        </message>
        <message>
            <source>Bleed and crop marks are for a print shop's single sheet; tiled sheets carry cut and glue marks instead.</source>
            <translation>Beskæring og skæremærker er til trykkeriets enkelte ark; opdelte ark har i stedet klippe- og limemærker.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read.</source>
            <translation>Korttekst udskrives i {body:.1f} pt (titler {title:.1f} pt), under de {minimum}, som dette format kræver for at kunne læses.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read; what would work: {options}.</source>
            <translation>Korttekst udskrives i {body:.1f} pt (titler {title:.1f} pt), under de {minimum}, som dette format kræver for at kunne læses; det ville virke: {options}.</translation>
        </message>
        <message>
            <source>Noto Sans for its script</source>
            <translation>Noto Sans til dens skriftsystem</translation>
        </message>
        <message>
            <source>The map does not quite fit the {width:.0f} mm roll: it is cut off at the edge. Fit it to the roll or tile it.</source>
            <translation>Kortet passer ikke helt til rullen på {width:.0f} mm: det bliver skåret af i kanten. Tilpas det til rullen, eller del det op.</translation>
        </message>
        <message>
            <source>The sheet is {length:.0f} in long; PDF pages are normally at most 200 in, so it is written with UserUnit {uu:g} (PDF 1.6), which some viewers and print shops' RIPs ignore. Tiling (--tile A4) or the print shop's own splitting is safer.</source>
            <translation>Arket er {length:.0f} tommer langt; PDF-sider er normalt højst 200 tommer, så det skrives med UserUnit {uu:g} (PDF 1.6), som nogle fremvisere og trykkeriers RIP'er ignorerer. Opdeling (--tile A4) eller trykkeriets egen opdeling er sikrere.</translation>
        </message>
        <message>
            <source>a CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>en CJK-TrueType-skrifttype (WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a CJK font with the supplementary ideographs</source>
            <translation>en CJK-skrifttype med de supplerende ideogrammer</translation>
        </message>
        <message>
            <source>a Korean or CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>en koreansk eller CJK-TrueType-skrifttype (WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a monochrome emoji font (Symbola)</source>
            <translation>en ensfarvet emoji-skrifttype (Symbola)</translation>
        </message>
        <message>
            <source>a {width:.0f} mm roll is too narrow for a poster</source>
            <translation>en rulle på {width:.0f} mm er for smal til en plakat</translation>
        </message>
        <message>
            <source>not a text size: {text!r} (try 16 or 16/20, in points)</source>
            <translation>ikke en tekststørrelse: {text!r} (prøv 16 eller 16/20, i punkter)</translation>
        </message>
        <message>
            <source>text sizes must lie between 4 and 200 pt, not {text!r}</source>
            <translation>tekststørrelser skal ligge mellem 4 og 200 pt, ikke {text!r}</translation>
        </message>
        <message>
            <source>the poster{at} would be {length:.1f} m long; the limit is {limit:.0f} m: choose a smaller --scale (100 = on-screen size) or a sheet size (--paper A0)</source>
            <translation>plakaten{at} ville være {length:.1f} m lang; grænsen er {limit:.0f} m: vælg en mindre --scale (100 = størrelse på skærmen) eller en arkstørrelse (--paper A0)</translation>
        </message>
        <message>
            <source>the sheet is too small for a poster</source>
            <translation>arket er for lille til en plakat</translation>
        </message>
        <message>
            <source>{body:g} pt body / {title:g} pt titles</source>
            <translation>{body:g} pt brødtekst / {title:g} pt titler</translation>
        </message>
        <message>
            <source>{message} (--strict)</source>
            <translation>{message} (--strict)</translation>
        </message>
        <message>
            <source>{named} and {count} more</source>
            <translation>{named} og {count} mere</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Gennemse…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksportér</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Eksporten mislykkedes</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Eksportér til</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Eksporteret med advarsler</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>Eksporterer {name}</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Erstat</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Erstat filen?</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Gem som</translation>
        </message>
        <message>
            <source>{name} was not written:
{exc}</source>
            <translation>{name} blev ikke skrevet:
{exc}</translation>
        </message>
        <message>
            <source>“{name}” already exists in {parent}. Replace it?</source>
            <translation>“{name}” findes allerede i {parent}. Vil du erstatte den?</translation>
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
            <translation>100 % udskriver kortene i samme størrelse som på skærmen</translation>
        </message>
        <message>
            <source>3 mm bleed and crop marks (print shop)</source>
            <translation>3 mm beskæring og skæremærker (trykkeri)</translation>
        </message>
        <message>
            <source>A named sheet, a roll, or a size such as 900x2000mm or 36x48in</source>
            <translation>Et navngivet ark, en rulle eller en størrelse som 900x2000mm eller 36x48in</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisk</translation>
        </message>
        <message>
            <source>Blank wall template (grid and headers, no cards)</source>
            <translation>Tom vægskabelon (gitter og overskrifter, ingen kort)</translation>
        </message>
        <message>
            <source>By format (16 pt on walls, 8 pt on desks)</source>
            <translation>Efter format (16 pt på vægge, 8 pt på borde)</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Compact cards: titles and markers (an overview)</source>
            <translation>Kompakte kort: titler og mærker (et overblik)</translation>
        </message>
        <message>
            <source>Fixed scale</source>
            <translation>Fast skala</translation>
        </message>
        <message>
            <source>For a map too large for one readable sheet: the overview shows every card by its title, each stage's page shows its cards in full</source>
            <translation>Til et kort, der er for stort til ét læsbart ark: overblikket viser hvert kort med dets titel, hver fases side viser dens kort i fuld længde</translation>
        </message>
        <message>
            <source>Full cards</source>
            <translation>Hele kort</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Liggende</translation>
        </message>
        <message>
            <source>Longer than 200 in: written with UserUnit, which some viewers ignore; tiling is safer.</source>
            <translation>Længere end 200 in: skrives med UserUnit, som nogle fremvisere ignorerer; opdeling er sikrere.</translation>
        </message>
        <message>
            <source>Map size (fixed scale)</source>
            <translation>Kortets størrelse (fast skala)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>One poster</source>
            <translation>Én plakat</translation>
        </message>
        <message>
            <source>One sheet</source>
            <translation>Ét ark</translation>
        </message>
        <message>
            <source>Only the part visible in the editor</source>
            <translation>Kun den del, der er synlig i editoren</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Retning</translation>
        </message>
        <message>
            <source>Overview, then a page per stage on the same paper</source>
            <translation>Overblik, derefter en side pr. fase på samme papir</translation>
        </message>
        <message>
            <source>Overview, then an A3 booklet page per stage</source>
            <translation>Overblik, derefter en A3-hæfteside pr. fase</translation>
        </message>
        <message>
            <source>Overview, then an A4 booklet page per stage</source>
            <translation>Overblik, derefter en A4-hæfteside pr. fase</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papir</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Billede</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Stående</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Plakat</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Udskrivning</translation>
        </message>
        <message>
            <source>Refuse to write a poster with text too small or cut short</source>
            <translation>Afvis at skrive en plakat med for lille eller afkortet tekst</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Opløsning</translation>
        </message>
        <message>
            <source>Roll {width} mm</source>
            <translation>Rulle {width} mm</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (landscape); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>Ark {width} × {height} mm (liggende); korttekst trykkes i {body} pt, titler i {title} pt.</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (portrait); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>Ark {width} × {height} mm (stående); korttekst trykkes i {body} pt, titler i {title} pt.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <source>Smallest card text</source>
            <translation>Mindste korttekst</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Opdeling</translation>
        </message>
        <message>
            <source>Squares for sticky notes in every cell of the blank template (across × down), each lane in its pad's colour</source>
            <translation>Felter til sedler i hver celle af den tomme skabelon (på tværs × ned), hver række i sin blokfarve</translation>
        </message>
        <message>
            <source>Sticky notes per cell</source>
            <translation>Sedler pr. celle</translation>
        </message>
        <message>
            <source>The smallest card text the poster may print; titles get 1.25 × this. The summary says what would meet it.</source>
            <translation>Den mindste korttekst, plakaten må trykke; titler får 1,25 × dette. Oversigten siger, hvad der vil opfylde det.</translation>
        </message>
        <message>
            <source>The visible part</source>
            <translation>Den synlige del</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>Hele kortet</translation>
        </message>
        <message>
            <source>Then a page for each stage ({count}) on {sheet}, its cards in full.</source>
            <translation>Derefter en side for hver fase ({count}) på {sheet} med dens kort i fuld længde.</translation>
        </message>
        <message>
            <source>Tile onto {sheet}</source>
            <translation>Fordel på {sheet}</translation>
        </message>
        <message>
            <source>With 3 mm bleed and crop marks.</source>
            <translation>Med 3 mm beskæring og skæremærker.</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>overlap</translation>
        </message>
        <message>
            <source>{count} sheets of {sheet} ({rows} rows × {columns} columns) and an assembly guide.</source>
            <translation>{count} ark {sheet} ({rows} rækker × {columns} kolonner) og en samlevejledning.</translation>
        </message>
        <message>
            <source>{label}: {text!r} is not a number</source>
            <translation>{label}: {text!r} er ikke et tal</translation>
        </message>
        <message>
            <source>{part} as scalable vector graphics ({width:.0f} × {height:.0f}).</source>
            <translation>{part} som skalerbar vektorgrafik ({width:.0f} × {height:.0f}).</translation>
        </message>
        <message>
            <source>{part}: {width:.0f} × {height:.0f} pixels at {dpi} dpi.</source>
            <translation>{part}: {width:.0f} × {height:.0f} pixel ved {dpi} dpi.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Another colour…</source>
            <translation>En anden farve…</translation>
        </message>
        <message>
            <source>Edit “{field}”</source>
            <translation>Rediger “{field}”</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>Ingen farve</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Ikke angivet</translation>
        </message>
        <message>
            <source>Several values</source>
            <translation>Flere værdier</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Awareness</source>
            <translation>Opmærksomhed</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Overvejelse</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>Oplevet</translation>
        </message>
        <message>
            <source>First step</source>
            <translation>Første trin</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Loyalitet</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Fastholdelse</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Unavngiven rejse</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Kort uden titel</translation>
        </message>
        <message>
            <source>Untitled service blueprint</source>
            <translation>Service blueprint uden titel</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source> ({count:,} digits, line {line}, column {column})</source>
            <translation> ({count:,} cifre, linje {line}, kolonne {column})</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(øverste niveau)</translation>
        </message>
        <message>
            <source>arrays ([…])</source>
            <translation>lister ([…])</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>kan ikke læses</translation>
        </message>
        <message>
            <source>cannot read ({reason})</source>
            <translation>kan ikke læses ({reason})</translation>
        </message>
        <message>
            <source>contains merge conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); resolve the conflict first</source>
            <translation>indeholder mærker for flettekonflikter (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); løs konflikten først</translation>
        </message>
        <message>
            <source>expected a JSON object, found {json_type_name}</source>
            <translation>forventede et JSON-objekt, fandt {json_type_name}</translation>
        </message>
        <message>
            <source>expected a whole number, found {json_type_name}</source>
            <translation>forventede et heltal, fandt {json_type_name}</translation>
        </message>
        <message>
            <source>expected {"step": STEP_ID, "value": NUMBER}</source>
            <translation>forventede {"step": STEP_ID, "value": NUMBER}</translation>
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation>er en mappe, ikke en kortfil</translation>
        </message>
        <message>
            <source>is encoded as {name}; .cjm files are UTF-8</source>
            <translation>er kodet som {name}; .cjm-filer er UTF-8</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte 0x{value:02x} on line {line}); .cjm files are UTF-8</source>
            <translation>er ikke UTF-8-tekst (byte 0x{value:02x} på linje {line}); .cjm-filer er UTF-8</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>er ikke en almindelig fil</translation>
        </message>
        <message>
            <source>missing: this does not look like a cjdesigner map (.cjm) file</source>
            <translation>mangler: dette ligner ikke en cjdesigner-kortfil (.cjm)</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>filen findes ikke</translation>
        </message>
        <message>
            <source>not a journey map: the JSON is nested too deeply</source>
            <translation>ikke et kundeforløbskort: JSON'en er indlejret for dybt</translation>
        </message>
        <message>
            <source>not saved, the map has problems: {why}</source>
            <translation>ikke gemt, kortet har problemer: {why}</translation>
        </message>
        <message>
            <source>not valid JSON: a number is too large{long_number}</source>
            <translation>ikke gyldig JSON: et tal er for stort{long_number}</translation>
        </message>
        <message>
            <source>not valid JSON: {reason} (line {line}, column {column})</source>
            <translation>ikke gyldig JSON: {reason} (linje {line}, kolonne {column})</translation>
        </message>
        <message>
            <source>not valid: the key {value!r} appears twice in one object</source>
            <translation>ikke gyldig: nøglen {value!r} optræder to gange i samme objekt</translation>
        </message>
        <message>
            <source>objects ({…})</source>
            <translation>objekter ({…})</translation>
        </message>
        <message>
            <source>permission denied (you may not read this file)</source>
            <translation>adgang nægtet (du må ikke læse denne fil)</translation>
        </message>
        <message>
            <source>second point for step {value!r}</source>
            <translation>andet punkt for trinnet {value!r}</translation>
        </message>
        <message>
            <source>the data is nested too deeply or too large</source>
            <translation>dataene er indlejret for dybt eller for store</translation>
        </message>
        <message>
            <source>the file ends too early; it may be truncated (line {line}, column {column})</source>
            <translation>filen slutter for tidligt; den er måske afkortet (linje {line}, kolonne {column})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>filen er tom</translation>
        </message>
        <message>
            <source>this file was made by a newer cjdesigner (file format version {version}; this cjdesigner reads versions up to {SCHEMA_VERSION}). Update cjdesigner to open it.</source>
            <translation>denne fil er lavet af en nyere cjdesigner (filformatversion {version}; denne cjdesigner læser versioner op til {SCHEMA_VERSION}). Opdater cjdesigner for at åbne den.</translation>
        </message>
        <message>
            <source>too large to be a journey map ({size:.0f} MB; the limit is {limit} MB, enough for 100,000 cards)</source>
            <translation>for stor til at være et kundeforløbskort ({size:.0f} MB; grænsen er {limit} MB, nok til 100.000 kort)</translation>
        </message>
        <message>
            <source>too large to be a journey map: {count:,} {what}, more than the {limit:,} that a map of 100,000 cards could need</source>
            <translation>for stor til at være et kundeforløbskort: {count:,} {what}, flere end de {limit:,}, et kort med 100.000 kort kunne have brug for</translation>
        </message>
        <message>
            <source>too large to load into memory</source>
            <translation>for stor til at blive indlæst i hukommelsen</translation>
        </message>
        <message>
            <source>unknown file format version {version} (oldest is {OLDEST_VERSION})</source>
            <translation>ukendt filformatversion {version} (den ældste er {OLDEST_VERSION})</translation>
        </message>
        <message>
            <source>values</source>
            <translation>værdier</translation>
        </message>
        <message>
            <source>{name}: {count:,} entries, more than the {limit:,} allowed</source>
            <translation>{name}: {count:,} poster, flere end de tilladte {limit:,}</translation>
        </message>
        <message>
            <source>{path}: not valid text (a lone surrogate \u{code:04x}, half of a character)</source>
            <translation>{path}: ikke gyldig tekst (et enligt surrogat \u{code:04x}, et halvt tegn)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{shown}: cannot save ({reason})</source>
            <translation>{shown}: kan ikke gemme ({reason})</translation>
        </message>
        <message>
            <source>{shown}: cannot save: it is a folder</source>
            <translation>{shown}: kan ikke gemme: det er en mappe</translation>
        </message>
        <message>
            <source>{shown}: not overwritten, because the file there does not open as a journey map ({value}). Save under another name.</source>
            <translation>{shown}: ikke overskrevet, fordi filen der ikke kan åbnes som et kundeforløbskort ({value}). Gem under et andet navn.</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file changed on disk since it was opened or saved</source>
            <translation>{shown}: ikke gemt: filen er ændret på disken, siden den blev åbnet eller gemt</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file is read-only; save under another name</source>
            <translation>{shown}: ikke gemt: filen er skrivebeskyttet; gem under et andet navn</translation>
        </message>
        <message>
            <source>{shown}: not saved: the map holds a value that cannot be written ({exc})</source>
            <translation>{shown}: ikke gemt: kortet indeholder en værdi, der ikke kan skrives ({exc})</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}</source>
            <translation>{shown}: ikke gemt: {strerror}</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}; save under another name</source>
            <translation>{shown}: ikke gemt: {strerror}; gem under et andet navn</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: {problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{source}: {problem} (og %n problem mere)</numerusform>
                <numerusform>{source}: {problem} (og %n problemer mere)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… og %n problem mere</numerusform>
                <numerusform>… og %n problemer mere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Find</name>
        <message numerus="yes">
            <source>%n+ vote(s)</source>
            <translation>
                <numerusform>%n+ stemme</numerusform>
                <numerusform>%n+ stemmer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n kort</numerusform>
                <numerusform>%n kort</numerusform>
            </translation>
        </message>
        <message>
            <source>All cards</source>
            <translation>Alle kort</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Luk (Esc)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Luk søgelinjen</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Grundlag</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Filter by</source>
            <translation>Filtrér efter</translation>
        </message>
        <message>
            <source>Filter value</source>
            <translation>Filterværdi</translation>
        </message>
        <message>
            <source>Find in cards</source>
            <translation>Søg i kort</translation>
        </message>
        <message>
            <source>Find in cards…</source>
            <translation>Søg i kort…</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Næste fund</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Næste fund (F3)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Ingen fund</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ejer</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Forrige fund</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Forrige fund (Skift+F3)</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Mærke</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stemmer</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} af {count}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Alt+Arrow keys</source>
            <translation>Alt+piletaster</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Piletaster</translation>
        </message>
        <message>
            <source>Card editor ▸ From title to description</source>
            <translation>Korteditor ▸ Fra titel til beskrivelse</translation>
        </message>
        <message>
            <source>Card editor ▸ Keep the text (Ctrl+Enter in the description)</source>
            <translation>Korteditor ▸ Behold teksten (Ctrl+Enter i beskrivelsen)</translation>
        </message>
        <message>
            <source>Card editor ▸ Put the text back (a new card keeps it)</source>
            <translation>Korteditor ▸ Sæt teksten tilbage (et nyt kort beholder den)</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Kommando</translation>
        </message>
        <message>
            <source>Ctrl+wheel</source>
            <translation>Ctrl+hjul</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
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
            <translation>Tastaturgenveje</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Taster</translation>
        </message>
        <message>
            <source>Map ▸ Add a card in the cell; rename the selected header</source>
            <translation>Kort ▸ Tilføj et kort i cellen; omdøb det valgte hoved</translation>
        </message>
        <message>
            <source>Map ▸ Clear the selection; cancel a drag</source>
            <translation>Kort ▸ Ryd markeringen; afbryd en trækning</translation>
        </message>
        <message>
            <source>Map ▸ Delete the selected cards, header or curve</source>
            <translation>Kort ▸ Slet de valgte kort, hoved eller kurve</translation>
        </message>
        <message>
            <source>Map ▸ Edit the selected card's text</source>
            <translation>Kort ▸ Redigér det valgte korts tekst</translation>
        </message>
        <message>
            <source>Map ▸ Move between cells and cards</source>
            <translation>Kort ▸ Flyt mellem celler og kort</translation>
        </message>
        <message>
            <source>Map ▸ Move the selected cards to the next cell</source>
            <translation>Kort ▸ Flyt de valgte kort til næste celle</translation>
        </message>
        <message>
            <source>Map ▸ Pan</source>
            <translation>Kort ▸ Panorér</translation>
        </message>
        <message>
            <source>Map ▸ Scroll sideways</source>
            <translation>Kort ▸ Rul sidelæns</translation>
        </message>
        <message>
            <source>Map ▸ Select several cards</source>
            <translation>Kort ▸ Vælg flere kort</translation>
        </message>
        <message>
            <source>Map ▸ Up from the first row: step, then stage header; Left from the first column: lane header</source>
            <translation>Kort ▸ Op fra første række: trin-, derefter fasehoved; venstre fra første kolonne: banehoved</translation>
        </message>
        <message>
            <source>Map ▸ Zoom</source>
            <translation>Kort ▸ Zoom</translation>
        </message>
        <message>
            <source>Shift+F6</source>
            <translation>Skift+F6</translation>
        </message>
        <message>
            <source>Shift+click, Ctrl+click</source>
            <translation>Skift+klik, Ctrl+klik</translation>
        </message>
        <message>
            <source>Shift+wheel</source>
            <translation>Skift+hjul</translation>
        </message>
        <message>
            <source>Space+drag, middle drag</source>
            <translation>Mellemrum+træk, træk med midterknappen</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Up / Left</source>
            <translation>Op / Venstre</translation>
        </message>
        <message>
            <source>Window ▸ Back to the map from a panel</source>
            <translation>Vindue ▸ Tilbage til kortet fra et panel</translation>
        </message>
        <message>
            <source>Window ▸ Next panel (map, outline, inspector…)</source>
            <translation>Vindue ▸ Næste panel (kort, oversigt, inspektør …)</translation>
        </message>
        <message>
            <source>Window ▸ Previous panel</source>
            <translation>Vindue ▸ Forrige panel</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> or </source>
            <translation> eller </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no computed value (the workbook was written by a program that does not calculate) and read as empty; open and save it in Excel or LibreOffice first to compute them</source>
            <translation>
                <numerusform>%n formelcelle uden beregnet værdi (projektmappen er skrevet af et program, der ikke regner) blev læst som tom; åbn og gem den i Excel eller LibreOffice først for at beregne den</numerusform>
                <numerusform>%n formelceller uden beregnet værdi (projektmappen er skrevet af et program, der ikke regner) blev læst som tomme; åbn og gem den i Excel eller LibreOffice først for at beregne dem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s), nothing imported:
  {problems}</source>
            <translation>
                <numerusform>%n problem, intet importeret:
  {problems}</numerusform>
                <numerusform>%n problemer, intet importeret:
  {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}</source>
            <translation>. Overskriften er én celle med {found}, men rækkerne blev læst som adskilt af {used}: adskil alle rækker med {found}</translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}, or add a first line sep={separator}</source>
            <translation>. Overskriften er én celle med {found}, men rækkerne blev læst som adskilt af {used}: adskil alle rækker med {found}, eller tilføj en første linje sep={separator}</translation>
        </message>
        <message>
            <source>. The header is one quoted cell; remove the quotes around the header row</source>
            <translation>. Overskriften er én celle i anførselstegn; fjern anførselstegnene om overskriftsrækken</translation>
        </message>
        <message>
            <source>a tag is longer than {limit} characters</source>
            <translation>et mærke er længere end {limit} tegn</translation>
        </message>
        <message>
            <source>cannot read workbooks safely: the defusedxml package is missing</source>
            <translation>kan ikke læse projektmapper sikkert: pakken defusedxml mangler</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>kommaer</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is not a number</source>
            <translation>følelsen {emotion!r} er ikke et tal</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is outside the scale −2…+2</source>
            <translation>følelsen {emotion!r} ligger uden for skalaen −2…+2</translation>
        </message>
        <message>
            <source>evidence basis</source>
            <translation>grundlag</translation>
        </message>
        <message>
            <source>evidence {evidence_text!r} is not one of observed, assumed, proposed</source>
            <translation>grundlaget {evidence_text!r} er ikke et af observed, assumed, proposed</translation>
        </message>
        <message>
            <source>ignored cells beyond the last column in row(s) {too_wide}</source>
            <translation>ignorerede celler efter den sidste kolonne i række(r) {too_wide}</translation>
        </message>
        <message>
            <source>ignored column {name!r}: the {column!r} column is {chosen!r}</source>
            <translation>ignorerede kolonnen {name!r}: kolonnen {column!r} er {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the hidden sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>ignorerede det skjulte ark {title!r}; kortene læses fra {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>ignorerede arket {title!r}; kortene læses fra {chosen!r}</translation>
        </message>
        <message numerus="yes">
            <source>ignored unknown column(s) {names} (known columns: {known})</source>
            <translation>
                <numerusform>ignorerede ukendt kolonne {names} (kendte kolonner: {known})</numerusform>
                <numerusform>ignorerede ukendte kolonner {names} (kendte kolonner: {known})</numerusform>
            </translation>
        </message>
        <message>
            <source>journey kind</source>
            <translation>forløbstype</translation>
        </message>
        <message>
            <source>kind of item</source>
            <translation>elementtype</translation>
        </message>
        <message>
            <source>lane is empty</source>
            <translation>banen er tom</translation>
        </message>
        <message>
            <source>lane kind</source>
            <translation>banetype</translation>
        </message>
        <message>
            <source>lane_kind {kind!r} is not a lane kind (use one of: {kinds})</source>
            <translation>lane_kind {kind!r} er ikke en banetype (brug en af: {kinds})</translation>
        </message>
        <message>
            <source>map type</source>
            <translation>korttype</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>måling</translation>
        </message>
        <message>
            <source>more than {limit:,} rows; split the file</source>
            <translation>mere end {limit:,} rækker; del filen op</translation>
        </message>
        <message>
            <source>no cards: the file has a header row but no data rows</source>
            <translation>ingen kort: filen har en overskriftsrække, men ingen datarækker</translation>
        </message>
        <message>
            <source>not valid UTF-16 ({reason})</source>
            <translation>ikke gyldig UTF-16 ({reason})</translation>
        </message>
        <message>
            <source>not valid UTF-8 after the byte-order mark ({reason})</source>
            <translation>ikke gyldig UTF-8 efter byterækkefølgemærket ({reason})</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>intet</translation>
        </message>
        <message>
            <source>nothing imported: the map could not be saved, {problem}; split the file into smaller ones</source>
            <translation>intet importeret: kortet kunne ikke gemmes, {problem}; del filen op i mindre filer</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>årsag</translation>
        </message>
        <message>
            <source>row {row}: lane {lane!r} is {kind!r} here but {other_kind!r} in row {other_row}</source>
            <translation>række {row}: banen {lane!r} er {kind!r} her, men {other_kind!r} i række {other_row}</translation>
        </message>
        <message numerus="yes">
            <source>row {row}: missing required column(s) {missing}; the header row must name at least {required} (found: {found}){hint}</source>
            <translation>
                <numerusform>række {row}: mangler den påkrævede kolonne {missing}; overskriftsrækken skal mindst nævne {required} (fundet: {found}){hint}</numerusform>
                <numerusform>række {row}: mangler de påkrævede kolonner {missing}; overskriftsrækken skal mindst nævne {required} (fundet: {found}){hint}</numerusform>
            </translation>
        </message>
        <message>
            <source>row {row}: the column {key!r} appears twice</source>
            <translation>række {row}: kolonnen {key!r} optræder to gange</translation>
        </message>
        <message>
            <source>row {row}: unreadable CSV ({exc})</source>
            <translation>række {row}: ulæselig CSV ({exc})</translation>
        </message>
        <message>
            <source>row {row}: {problem}</source>
            <translation>række {row}: {problem}</translation>
        </message>
        <message>
            <source>row {row}{where}: a quoted cell is never closed: its opening quote (") has no closing quote, so the rows after it would be read as part of that cell; add the missing quote</source>
            <translation>række {row}{where}: en celle i anførselstegn bliver aldrig lukket: dens første anførselstegn (") har intet afsluttende, så rækkerne efter den ville blive læst som en del af cellen; tilføj det manglende anførselstegn</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>semikoloner</translation>
        </message>
        <message>
            <source>sheet 'Map'</source>
            <translation>arket 'Map'</translation>
        </message>
        <message>
            <source>sheet {sheet!r} row {row}</source>
            <translation>arket {sheet!r} række {row}</translation>
        </message>
        <message>
            <source>sheet {title!r} has more than {limit:,} rows</source>
            <translation>arket {title!r} har mere end {limit:,} rækker</translation>
        </message>
        <message>
            <source>sheet {title!r} has no header row naming the column {key!r} (its columns are: {columns})</source>
            <translation>arket {title!r} har ingen overskriftsrække, der nævner kolonnen {key!r} (dets kolonner er: {columns})</translation>
        </message>
        <message>
            <source>sheet {title!r}: skipped {at} row(s) above the header row (titles or notes)</source>
            <translation>arket {title!r}: sprang {at} række(r) over over overskriftsrækken (titler eller noter)</translation>
        </message>
        <message>
            <source>sheet {title!r}: {problem}</source>
            <translation>arket {title!r}: {problem}</translation>
        </message>
        <message>
            <source>skipped row(s) {no_card}: nothing in the card columns</source>
            <translation>sprang række(r) {no_card} over: intet i kortkolonnerne</translation>
        </message>
        <message>
            <source>skipped {header_at} blank row(s) before the header</source>
            <translation>sprang {header_at} tom(me) række(r) over før overskriften</translation>
        </message>
        <message>
            <source>stage is empty</source>
            <translation>fasen er tom</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabulatorer</translation>
        </message>
        <message>
            <source>the cards do not make a valid map: {reason}</source>
            <translation>kortene udgør ikke et gyldigt kort: {reason}</translation>
        </message>
        <message>
            <source>the file has no header row</source>
            <translation>filen har ingen overskriftsrække</translation>
        </message>
        <message>
            <source>the file is empty; expected a header row naming at least {required}</source>
            <translation>filen er tom; forventede en overskriftsrække, der mindst nævner {required}</translation>
        </message>
        <message>
            <source>the workbook</source>
            <translation>projektmappen</translation>
        </message>
        <message>
            <source>the workbook cannot be read ({reason})</source>
            <translation>projektmappen kan ikke læses ({reason})</translation>
        </message>
        <message>
            <source>the workbook has a {sheet} sheet but no {missing}; a whole map needs Stages, Steps and Lanes (or give only a Cards sheet)</source>
            <translation>projektmappen har et {sheet}-ark, men intet {missing}; et helt kort kræver Stages, Steps og Lanes (eller giv kun et Cards-ark)</translation>
        </message>
        <message>
            <source>the workbook has no Cards sheet: the map has no cards</source>
            <translation>projektmappen har intet Cards-ark: kortet har ingen kort</translation>
        </message>
        <message>
            <source>the workbook has no Map sheet: the title is the file name</source>
            <translation>projektmappen har intet Map-ark: titlen er filnavnet</translation>
        </message>
        <message>
            <source>the workbook has no visible sheet</source>
            <translation>projektmappen har intet synligt ark</translation>
        </message>
        <message>
            <source>the workbook has {count:,} parts; too many to be a map</source>
            <translation>projektmappen har {count:,} dele; for mange til at være et kort</translation>
        </message>
        <message>
            <source>the workbook is damaged ({exc})</source>
            <translation>projektmappen er beskadiget ({exc})</translation>
        </message>
        <message>
            <source>the workbook unpacks to {unpacked:,} bytes; too large to be a map</source>
            <translation>projektmappen fylder {unpacked:,} byte udpakket; for stor til at være et kort</translation>
        </message>
        <message>
            <source>this is a text file, not an Excel workbook; a card list in CSV form needs a file name ending in .csv</source>
            <translation>dette er en tekstfil, ikke en Excel-projektmappe; en kortliste i CSV-form skal have et filnavn, der ender på .csv</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file</source>
            <translation>dette er {what}, ikke en CSV-fil</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file; import it as a workbook (a file name ending in .xlsx)</source>
            <translation>dette er {what}, ikke en CSV-fil; importér den som en projektmappe (et filnavn, der ender på .xlsx)</translation>
        </message>
        <message>
            <source>this is {what}, not an Excel workbook</source>
            <translation>dette er {what}, ikke en Excel-projektmappe</translation>
        </message>
        <message>
            <source>this is {what}; save it as an Excel workbook (.xlsx) and import that</source>
            <translation>dette er {what}; gem den som en Excel-projektmappe (.xlsx), og importér den</translation>
        </message>
        <message>
            <source>too large for a card list ({count:,} bytes)</source>
            <translation>for stor til en kortliste ({count:,} byte)</translation>
        </message>
        <message>
            <source>too large for a workbook of a map ({count:,} bytes)</source>
            <translation>for stor til en projektmappe med et kort ({count:,} byte)</translation>
        </message>
        <message>
            <source>{column} is longer than {limit} characters</source>
            <translation>{column} er længere end {limit} tegn</translation>
        </message>
        <message>
            <source>{path}: cannot read ({reason})</source>
            <translation>{path}: kan ikke læses ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write ({reason})</source>
            <translation>{path}: kan ikke skrive ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write: it is a folder</source>
            <translation>{path}: kan ikke skrive: det er en mappe</translation>
        </message>
        <message>
            <source>{path}: too large for a card list ({size:,} bytes)</source>
            <translation>{path}: for stor til en kortliste ({size:,} byte)</translation>
        </message>
        <message>
            <source>{path}: too large for a workbook of a map ({size:,} bytes)</source>
            <translation>{path}: for stor til en projektmappe med et kort ({size:,} byte)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{sheet} sheet</source>
            <translation>{sheet}-ark</translation>
        </message>
        <message>
            <source>{text!r} is not a clock time such as 07:30</source>
            <translation>{text!r} er ikke et klokkeslæt som 07:30</translation>
        </message>
        <message>
            <source>{text!r} is not a {what} (use one of: {choices})</source>
            <translation>{text!r} er ikke en gyldig {what} (brug en af: {choices})</translation>
        </message>
        <message>
            <source>{value!r} is neither yes nor no</source>
            <translation>{value!r} er hverken ja eller nej</translation>
        </message>
        <message>
            <source>{value!r} is not JSON</source>
            <translation>{value!r} er ikke JSON</translation>
        </message>
        <message>
            <source>{value!r} is not a number</source>
            <translation>{value!r} er ikke et tal</translation>
        </message>
        <message>
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} er ikke et heltal</translation>
        </message>
        <message>
            <source>{where}, metric: empty (CSAT, CES or NPS)</source>
            <translation>{where}, metric: tom (CSAT, CES eller NPS)</translation>
        </message>
        <message>
            <source>{where}, score: empty</source>
            <translation>{where}, score: tom</translation>
        </message>
        <message>
            <source>{where}, step_id: no step with id {step_id!r}</source>
            <translation>{where}, step_id: intet trin med id {step_id!r}</translation>
        </message>
        <message>
            <source>{where}, {column}: {problem}</source>
            <translation>{where}, {column}: {problem}</translation>
        </message>
        <message>
            <source>{where}: ignored the unknown field {key!r}</source>
            <translation>{where}: ignorerede det ukendte felt {key!r}</translation>
        </message>
        <message>
            <source>{where}: no curve with id {curve!r} in the Curves sheet</source>
            <translation>{where}: ingen kurve med id {curve!r} i arket Curves</translation>
        </message>
        <message>
            <source>{where}: no lane titled {lane!r} in the Lanes sheet; name one or give a lane_id</source>
            <translation>{where}: ingen bane med titlen {lane!r} i arket Lanes; navngiv en, eller angiv et lane_id</translation>
        </message>
        <message>
            <source>{where}: no stage named {stage!r} in the Stages sheet</source>
            <translation>{where}: ingen fase ved navn {stage!r} i arket Stages</translation>
        </message>
        <message>
            <source>{where}: no stage with id {stage!r} in the Stages sheet</source>
            <translation>{where}: ingen fase med id {stage!r} i arket Stages</translation>
        </message>
        <message>
            <source>{where}: no step {step!r} in stage {stage!r} (Steps sheet); name them or give a step_id</source>
            <translation>{where}: intet trin {step!r} i fasen {stage!r} (arket Steps); navngiv dem, eller angiv et step_id</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>… and {count:,} more</source>
            <translation>… og {count:,} mere</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source> min</source>
            <translation> min.</translation>
        </message>
        <message>
            <source> of 5</source>
            <translation> af 5</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n kort</numerusform>
                <numerusform>%n kort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n trin</numerusform>
                <numerusform>%n trin</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation>(kort uden titel)</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Celle</translation>
        </message>
        <message>
            <source>Changes apply to every selected card.</source>
            <translation>Ændringer gælder for alle valgte kort.</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Click a card, a stage, a step, a lane or the emotion curve to edit it here. Double-click an empty cell to add a card.</source>
            <translation>Klik på et kort, en fase, et trin, en bane eller følelseskurven for at redigere det her. Dobbeltklik på en tom celle for at tilføje et kort.</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>Klokkeslæt</translation>
        </message>
        <message>
            <source>Clock time as HH:MM, e.g. 07:30</source>
            <translation>Klokkeslæt som TT:MM, f.eks. 07:30</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farve</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>Slet kurve</translation>
        </message>
        <message>
            <source>Derived from the cards' mean</source>
            <translation>Udledt af kortenes gennemsnit</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Difference per step</source>
            <translation>Forskel pr. trin</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Varighed</translation>
        </message>
        <message>
            <source>Edit emotion scale</source>
            <translation>Rediger følelsesskala</translation>
        </message>
        <message>
            <source>Edit links</source>
            <translation>Rediger links</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Indsats</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Følelse</translation>
        </message>
        <message>
            <source>Empty cell</source>
            <translation>Tom celle</translation>
        </message>
        <message>
            <source>Empty steps</source>
            <translation>Tomme trin</translation>
        </message>
        <message>
            <source>Every step met or beat what was expected.</source>
            <translation>Hvert trin levede op til eller overgik forventningen.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Grundlag</translation>
        </message>
        <message>
            <source>Expected against experienced</source>
            <translation>Forventet mod oplevet</translation>
        </message>
        <message>
            <source>Expected, experienced…</source>
            <translation>Forventet, oplevet…</translation>
        </message>
        <message>
            <source>Experienced minus expected at each step; click to show the step</source>
            <translation>Oplevet minus forventet ved hvert trin; klik for at vise trinnet</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>Følger</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>TT:MM</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Højeste</translation>
        </message>
        <message>
            <source>Highest must be above lowest, with 2–21 levels</source>
            <translation>Højeste skal ligge over laveste, med 2–21 niveauer</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Billede</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Effekt</translation>
        </message>
        <message>
            <source>In stage {name}</source>
            <translation>I fasen {name}</translation>
        </message>
        <message>
            <source>Interview, survey, analytics…</source>
            <translation>Interview, spørgeskema, analyse…</translation>
        </message>
        <message>
            <source>Its points</source>
            <translation>Dens punkter</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiket</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveauer</translation>
        </message>
        <message>
            <source>Levels run from lowest to highest, one per line. Changing the range moves the curve's points with it.</source>
            <translation>Niveauerne går fra laveste til højeste, ét pr. linje. Ændres intervallet, flyttes kurvens punkter med.</translation>
        </message>
        <message>
            <source>Link to card…</source>
            <translation>Link til kort…</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Laveste</translation>
        </message>
        <message>
            <source>Metrics: one a line, such as “CSAT 82 % · n = 45 · 69 to 90” (CSAT per cent satisfied, CES 1–7, NPS −100…100; n answers; 95 % interval). `cjdesigner metrics` fills them from survey answers.</source>
            <translation>Målinger: én pr. linje, f.eks. “CSAT 82 % · n = 45 · 69 to 90” (CSAT procent tilfredse, CES 1–7, NPS −100…100; n svar; 95 %-interval). `cjdesigner metrics` udfylder dem ud fra spørgeskemasvar.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Intet valgt</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ejer</translation>
        </message>
        <message>
            <source>Path or URL</source>
            <translation>Sti eller URL</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Remove this emotion curve from the map (Undo brings it back)</source>
            <translation>Fjern denne følelseskurve fra kortet (Fortryd henter den tilbage)</translation>
        </message>
        <message>
            <source>Reset curve</source>
            <translation>Nulstil kurve</translation>
        </message>
        <message>
            <source>Reset points to card emotions</source>
            <translation>Nulstil punkterne til kortenes følelser</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Steps to improve first; click to show the step</source>
            <translation>Trin, der skal forbedres først; klik for at vise trinnet</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Mærker</translation>
        </message>
        <message>
            <source>The lowest moments of this curve. Label another curve of the same persona “Expected” to rank the steps by the gap instead.</source>
            <translation>Kurvens laveste øjeblikke. Kald en anden kurve for samme persona “Forventet” for i stedet at rangere trinnene efter afstanden.</translation>
        </message>
        <message>
            <source>The steps that fell furthest below what was expected.</source>
            <translation>De trin, der lå længst under forventningen.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stemmer</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Hvad der sker</translation>
        </message>
        <message>
            <source>Where to act first</source>
            <translation>Hvor der først skal handles</translation>
        </message>
        <message>
            <source>as expected</source>
            <translation>som forventet</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>komma, separeret</translation>
        </message>
        <message>
            <source>{experienced} against {expected}: the shaded band on the map is the gap.</source>
            <translation>{experienced} mod {expected}: det skraverede bånd på kortet er afstanden.</translation>
        </message>
        <message>
            <source>{stage} › {step}: expected {expected}, experienced {experienced}</source>
            <translation>{stage} › {step}: forventet {expected}, oplevet {experienced}</translation>
        </message>
        <message>
            <source>{step}  ·  {gap} below expected</source>
            <translation>{step}  ·  {gap} under forventet</translation>
        </message>
        <message numerus="yes">
            <source>{where}

%n card(s) here. Arrow keys pick a card; Enter adds another one.</source>
            <translation>
                <numerusform>{where}

%n kort her. Piletasterne vælger et kort; Enter tilføjer endnu et.</numerusform>
                <numerusform>{where}

%n kort her. Piletasterne vælger et kort; Enter tilføjer endnu et.</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}

Press Enter or double-click to add a card here.</source>
            <translation>{where}

Tryk Enter eller dobbeltklik for at tilføje et kort her.</translation>
        </message>
    </context>
    <context>
        <name>Interactions</name>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Flyt %n kort</numerusform>
                <numerusform>Flyt %n kort</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>{title}: stopping…</source>
            <translation>{title}: stopper…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (read-only)</source>
            <translation> (skrivebeskyttet)</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>%n kort valgt</numerusform>
                <numerusform>%n kort valgt</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About {APP_NAME}</source>
            <translation>&amp;Om {APP_NAME}</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Faktisk størrelse</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;Kort</translation>
        </message>
        <message>
            <source>&amp;Close Map</source>
            <translation>&amp;Luk rejsekort</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiér</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Slet</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>R&amp;ediger</translation>
        </message>
        <message>
            <source>&amp;Emotion Curve</source>
            <translation>&amp;Følelseskurve</translation>
        </message>
        <message>
            <source>&amp;Export Poster…</source>
            <translation>&amp;Eksportér plakat…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;Find and Filter…</source>
            <translation>&amp;Søg og filtrér…</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;Tilpas kortet</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Indsæt</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastaturgenveje</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>&amp;Bane</translation>
        </message>
        <message>
            <source>&amp;New Map</source>
            <translation>&amp;Nyt rejsekort</translation>
        </message>
        <message>
            <source>&amp;Next Map</source>
            <translation>&amp;Næste kort</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Åbn…</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Paneler</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Indsæt</translation>
        </message>
        <message>
            <source>&amp;Persona</source>
            <translation>&amp;Persona</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Præsentationstilstand</translation>
        </message>
        <message>
            <source>&amp;Previous Map</source>
            <translation>&amp;Forrige kort</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Udskriv…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gentag</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>&amp;Gå tilbage til gemt version</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Fase</translation>
        </message>
        <message>
            <source>&amp;Start Page</source>
            <translation>&amp;Startside</translation>
        </message>
        <message>
            <source>&amp;Stop Timer</source>
            <translation>&amp;Stop timer</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Fortryd</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>V&amp;indue</translation>
        </message>
        <message>
            <source>A future-state map made from this one, compared with it</source>
            <translation>Et fremtidskort lavet ud fra dette og sammenlignet med det</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Om &amp;Qt</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Om {APP_NAME}</translation>
        </message>
        <message>
            <source>Add a &amp;Vote</source>
            <translation>Tilføj en &amp;stemme</translation>
        </message>
        <message>
            <source>Add a card in the current cell</source>
            <translation>Tilføj et kort i den aktuelle celle</translation>
        </message>
        <message>
            <source>Add a lane below the selected one</source>
            <translation>Tilføj en bane under den valgte</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Tilføj en persona</translation>
        </message>
        <message>
            <source>Add a stage after the selected one</source>
            <translation>Tilføj en fase efter den valgte</translation>
        </message>
        <message>
            <source>Add a step after the selected one</source>
            <translation>Tilføj et trin efter det valgte</translation>
        </message>
        <message>
            <source>Add another emotion curve</source>
            <translation>Tilføj endnu en følelseskurve</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle ændringer er gemt</translation>
        </message>
        <message>
            <source>Both versions step by step in one map (Now and Future lanes), to print</source>
            <translation>Begge versioner trin for trin i ét kort (baner for Nu og Fremtid), til udskrivning</translation>
        </message>
        <message>
            <source>Clear Recent</source>
            <translation>Ryd seneste</translation>
        </message>
        <message>
            <source>Close map</source>
            <translation>Luk kort</translation>
        </message>
        <message>
            <source>Close this map</source>
            <translation>Luk dette kort</translation>
        </message>
        <message>
            <source>Close {name}</source>
            <translation>Luk {name}</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>Sa&amp;mmenlign</translation>
        </message>
        <message>
            <source>Compare the map with another version first (View › Compare).</source>
            <translation>Sammenlign først kortet med en anden version (Vis › Sammenlign).</translation>
        </message>
        <message>
            <source>Compare with &amp;File…</source>
            <translation>Sammenlign med &amp;fil…</translation>
        </message>
        <message>
            <source>Compare with &amp;Last Saved</source>
            <translation>Sammenlign med &amp;sidst gemte</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Sammenligning</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikter</translation>
        </message>
        <message>
            <source>Count down {minutes} minutes in the status bar</source>
            <translation>Tæl {minutes} minutter ned i statuslinjen</translation>
        </message>
        <message>
            <source>Create &amp;Future State</source>
            <translation>Opret &amp;fremtidig tilstand</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Klip</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Dupliker</translation>
        </message>
        <message>
            <source>Drop unsaved changes</source>
            <translation>Kassér ugemte ændringer</translation>
        </message>
        <message>
            <source>Emotion curve selected</source>
            <translation>Følelseskurve valgt</translation>
        </message>
        <message>
            <source>Export &amp;As</source>
            <translation>Eksportér &amp;som</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>Eksportér C&amp;SV…</translation>
        </message>
        <message>
            <source>Export a PDF poster</source>
            <translation>Eksportér en PDF-plakat</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>F&amp;uld skærm</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Find &amp;næste</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Find &amp;forrige</translation>
        </message>
        <message>
            <source>Find cards; filter by channel, owner, tag or evidence</source>
            <translation>Find kort; filtrér efter kanal, ejer, mærke eller grundlag</translation>
        </message>
        <message>
            <source>Import &amp;CSV or Excel…</source>
            <translation>Importér &amp;CSV eller Excel…</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektør</translation>
        </message>
        <message>
            <source>Lane selected</source>
            <translation>Bane valgt</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Rejsekort</translation>
        </message>
        <message>
            <source>Map too large to keep safe</source>
            <translation>Kortet er for stort til at holdes sikkert</translation>
        </message>
        <message>
            <source>Mark what changed against another map file</source>
            <translation>Markér, hvad der er ændret i forhold til en anden kortfil</translation>
        </message>
        <message>
            <source>Mark what changed since the map was last saved</source>
            <translation>Markér, hvad der er ændret, siden kortet sidst blev gemt</translation>
        </message>
        <message>
            <source>New &amp;Empty Map</source>
            <translation>Nyt &amp;tomt kort</translation>
        </message>
        <message>
            <source>New Service &amp;Blueprint</source>
            <translation>Ny service-&amp;blueprint</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>Nyt fra &amp;skabelon</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Ingen seneste kort</translation>
        </message>
        <message>
            <source>No templates installed</source>
            <translation>Ingen skabeloner installeret</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ikke gemt endnu</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Intet valgt</translation>
        </message>
        <message>
            <source>One more vote for each selected card</source>
            <translation>Én stemme mere til hvert valgt kort</translation>
        </message>
        <message>
            <source>One vote less for each selected card</source>
            <translation>Én stemme mindre til hvert valgt kort</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Åbn &amp;seneste</translation>
        </message>
        <message>
            <source>Open Comparison &amp;Map</source>
            <translation>Åbn sammenlignings&amp;kort</translation>
        </message>
        <message>
            <source>Open a map file</source>
            <translation>Åbn en kortfil</translation>
        </message>
        <message>
            <source>Open cards or a whole map from a spreadsheet</source>
            <translation>Åbn kort eller et helt kort fra et regneark</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Oversigt</translation>
        </message>
        <message>
            <source>Page Set&amp;up…</source>
            <translation>Side&amp;opsætning…</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Poster export is not installed</source>
            <translation>Eksport af plakater er ikke installeret</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>&amp;Indstillinger…</translation>
        </message>
        <message>
            <source>Print &amp;Tiled…</source>
            <translation>Udskriv &amp;fordelt…</translation>
        </message>
        <message>
            <source>Print the poster across several sheets to tape together</source>
            <translation>Udskriv plakaten på flere ark, der tapes sammen</translation>
        </message>
        <message>
            <source>Print the poster on one page of the printer's paper</source>
            <translation>Udskriv plakaten på én side af printerens papir</translation>
        </message>
        <message>
            <source>Printer, paper, orientation and margins for printing</source>
            <translation>Printer, papir, retning og margener til udskrivning</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioriteter</translation>
        </message>
        <message>
            <source>Quit cjdesigner</source>
            <translation>Afslut cjdesigner</translation>
        </message>
        <message>
            <source>Recent files, templates and recovered work</source>
            <translation>Seneste filer, skabeloner og gendannet arbejde</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>&amp;Trin</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Gem &amp;som…</translation>
        </message>
        <message>
            <source>Save the map</source>
            <translation>Gem kortet</translation>
        </message>
        <message>
            <source>Save the map under a new name</source>
            <translation>Gem kortet under et nyt navn</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Vælg &amp;alt</translation>
        </message>
        <message>
            <source>Stage selected</source>
            <translation>Fase valgt</translation>
        </message>
        <message>
            <source>Start a map with no stages, lanes or curves</source>
            <translation>Start et kort uden faser, baner eller kurver</translation>
        </message>
        <message>
            <source>Start a new customer journey: five stages and the usual lanes</source>
            <translation>Start en ny kunderejse: fem faser og de sædvanlige baner</translation>
        </message>
        <message>
            <source>Start a service blueprint: customer actions over the frontstage, backstage and support layers</source>
            <translation>Start en service blueprint: kundens handlinger over frontstage-, backstage- og supportlagene</translation>
        </message>
        <message>
            <source>Step selected</source>
            <translation>Trin valgt</translation>
        </message>
        <message>
            <source>Stop &amp;Comparing</source>
            <translation>Stop &amp;sammenligning</translation>
        </message>
        <message>
            <source>Take Back a V&amp;ote</source>
            <translation>Træk en s&amp;temme tilbage</translation>
        </message>
        <message>
            <source>The map alone, full screen, for a projector (Esc or F5 to leave)</source>
            <translation>Kun kortet, i fuld skærm, til en projektor (Esc eller F5 for at forlade)</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>Tiden er gået</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Værktøjslinje</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ugemte ændringer</translation>
        </message>
        <message>
            <source>Unsaved · recovery copy {stamp}</source>
            <translation>Ikke gemt · gendannelseskopi {stamp}</translation>
        </message>
        <message>
            <source>Workshop &amp;Timer</source>
            <translation>Workshop&amp;timer</translation>
        </message>
        <message>
            <source>Write the cards to a CSV file</source>
            <translation>Skriv kortene til en CSV-fil</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;ind</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;ud</translation>
        </message>
        <message>
            <source>Zoom {text}</source>
            <translation>Zoom {text}</translation>
        </message>
        <message>
            <source>cjdesigner keeps a copy of unsaved work and offers it back after a crash</source>
            <translation>cjdesigner gemmer en kopi af ugemt arbejde og tilbyder den igen efter et nedbrud</translation>
        </message>
        <message>
            <source>{APP_NAME} {version}

Customer journey maps and service blueprints, made offline, printed as wall-size posters.</source>
            <translation>{APP_NAME} {version}

Kunderejsekort og service blueprints, lavet offline og udskrevet som vægstore plakater.</translation>
        </message>
        <message>
            <source>{display_name} is now {why}.

Neither a save nor the recovery copy could be opened again. Remove cards (or move some to another map) before you close it; exports still work.</source>
            <translation>{display_name} er nu {why}.

Hverken en gemt fil eller gendannelseskopien ville kunne åbnes igen. Fjern kort (eller flyt nogle til et andet kort), før du lukker det; eksport virker stadig.</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minutter</translation>
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n kort</numerusform>
                <numerusform>%n kort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n følelseskurve</numerusform>
                <numerusform>%n følelseskurver</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n bane</numerusform>
                <numerusform>%n baner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n fase</numerusform>
                <numerusform>%n faser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n trin</numerusform>
                <numerusform>%n trin</numerusform>
            </translation>
        </message>
        <message>
            <source>A service blueprint shows what happens frontstage, backstage and in support processes, under the lines of interaction, visibility and internal interaction.</source>
            <translation>En service blueprint viser, hvad der sker i frontstage, backstage og i supportprocesserne, under linjerne for interaktion, synlighed og intern interaktion.</translation>
        </message>
        <message>
            <source>Add blueprint layers</source>
            <translation>Tilføj blueprint-lag</translation>
        </message>
        <message>
            <source>Add the blueprint layers</source>
            <translation>Tilføj blueprint-lagene</translation>
        </message>
        <message>
            <source>Add {layers}</source>
            <translation>Tilføj {layers}</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Forfatter</translation>
        </message>
        <message>
            <source>Created {created}
Last saved {saved}</source>
            <translation>Oprettet {created}
Sidst gemt {saved}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Rejse</translation>
        </message>
        <message>
            <source>Map type</source>
            <translation>Korttype</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Omfang</translation>
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
            <translation>Hvad kortet handler om, for hvem og hvor langt det rækker.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>endnu ikke</translation>
        </message>
        <message>
            <source>v1, workshop 2…</source>
            <translation>v1, workshop 2…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Add card here</source>
            <translation>Tilføj kort her</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Tilføj bane</translation>
        </message>
        <message>
            <source>Add lane above</source>
            <translation>Tilføj bane ovenfor</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>Tilføj bane nedenfor</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Tilføj fase</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>Tilføj fase efter</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>Tilføj fase før</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Tilføj trin</translation>
        </message>
        <message>
            <source>Add step after</source>
            <translation>Tilføj trin efter</translation>
        </message>
        <message>
            <source>Add step before</source>
            <translation>Tilføj trin før</translation>
        </message>
        <message>
            <source>Clear curve point</source>
            <translation>Ryd kurvepunkt</translation>
        </message>
        <message>
            <source>Clear point (use the cards' mean)</source>
            <translation>Ryd punkt (brug kortenes gennemsnit)</translation>
        </message>
        <message>
            <source>Clock time…</source>
            <translation>Klokkeslæt…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farve…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiér</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Klip</translation>
        </message>
        <message>
            <source>Default colour</source>
            <translation>Standardfarve</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>Slet kurve</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliker</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>Rediger tekst</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>Banetype</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Indsæt</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Fjern bane</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Fjern fase</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Fjern trin</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Omdøb…</translation>
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
            <translation>hver måling én gang pr. trin</translation>
        </message>
        <message>
            <source>not a metric line: {text!r} (e.g. CSAT 82 % · n = 45)</source>
            <translation>ikke en målelinje: {text!r} (f.eks. CSAT 82 % · n = 45)</translation>
        </message>
        <message>
            <source>unknown metric {name!r}: CSAT, CES or NPS</source>
            <translation>ukendt måling {name!r}: CSAT, CES eller NPS</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n kort</numerusform>
                <numerusform>%n kort</numerusform>
            </translation>
        </message>
        <message>
            <source>+ Lane</source>
            <translation>+ Bane</translation>
        </message>
        <message>
            <source>+ Stage</source>
            <translation>+ Fase</translation>
        </message>
        <message>
            <source>+ Step</source>
            <translation>+ Trin</translation>
        </message>
        <message>
            <source>Add a lane</source>
            <translation>Tilføj en bane</translation>
        </message>
        <message>
            <source>Add a stage</source>
            <translation>Tilføj en fase</translation>
        </message>
        <message>
            <source>Add a step to the selected stage</source>
            <translation>Tilføj et trin til den valgte fase</translation>
        </message>
        <message>
            <source>Emotion curve: select it on the map; Remove deletes it</source>
            <translation>Følelseskurve: vælg den på kortet; Fjern sletter den</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Følelseskurver</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Baner</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flyt ned</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flyt op</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Ny bane</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Remove the selected stage, step, lane or curve</source>
            <translation>Fjern den valgte fase, trin, bane eller kurve</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Omdøb bane</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Omdøb fase</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Omdøb trin</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Faser</translation>
        </message>
    </context>
    <context>
        <name>Personas</name>
        <message>
            <source>(unnamed)</source>
            <translation>(uden navn)</translation>
        </message>
        <message>
            <source>A picture in the map's folder is linked; one from elsewhere is embedded in the map, scaled down.</source>
            <translation>Et billede i kortets mappe bliver linket; et billede fra et andet sted bliver indlejret i kortet i mindre størrelse.</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Tilføj en persona</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Tilføj følelseskurve</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alder</translation>
        </message>
        <message>
            <source>Attach a curve…</source>
            <translation>Tilknyt en kurve…</translation>
        </message>
        <message>
            <source>Attach curve</source>
            <translation>Tilknyt kurve</translation>
        </message>
        <message>
            <source>Attached: </source>
            <translation>Tilknyttet: </translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Adfærd</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Udfordringer</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Vælg et foto</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Vælg foto…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farve</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>Kurve {number}</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Følelseskurver</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>Oplevet</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Indkomst</translation>
        </message>
        <message>
            <source>Lists take one entry per line.</source>
            <translation>Lister har én post pr. linje.</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivationer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>New curve</source>
            <translation>Ny kurve</translation>
        </message>
        <message>
            <source>No curve attached to this persona yet.</source>
            <translation>Ingen kurve er tilknyttet denne persona endnu.</translation>
        </message>
        <message>
            <source>No personas yet. A map is made for one or two primary personas.</source>
            <translation>Ingen personas endnu. Et kort laves til én eller to primære personas.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Intet foto</translation>
        </message>
        <message>
            <source>Not shown: {reason}</source>
            <translation>Vises ikke: {reason}</translation>
        </message>
        <message>
            <source>Not used: {reason}</source>
            <translation>Ikke brugt: {reason}</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Beskæftigelse</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primær</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Citat</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Fjern foto</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Who the map is for; ★ marks a primary persona.</source>
            <translation>Hvem kortet er til; ★ markerer en primær persona.</translation>
        </message>
        <message>
            <source>Working parents in their 30s</source>
            <translation>Udearbejdende forældre i 30'erne</translation>
        </message>
        <message>
            <source>＋ Add</source>
            <translation>＋ Tilføj</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>(untitled)</source>
            <translation>(uden titel)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} mere</translation>
        </message>
        <message>
            <source>+{count} more (see the editor)</source>
            <translation>+{count} mere (se editoren)</translation>
        </message>
        <message>
            <source>+{count} more (see the map)</source>
            <translation>+{count} mere (se kortet)</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Adfærd</translation>
        </message>
        <message>
            <source>By {author}</source>
            <translation>Af {author}</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Udfordringer</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Følelse</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Følelseskurver</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Grundlag</translation>
        </message>
        <message>
            <source>Filled: set · hollow: derived from cards</source>
            <translation>Udfyldt: angivet · hul: udledt af kortene</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>HOW TO READ THIS MAP</source>
            <translation>SÅDAN LÆSES KORTET</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Effekt →</translation>
        </message>
        <message>
            <source>Moments that matter</source>
            <translation>Øjeblikke der betyder noget</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivationer</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>Ingen belæg registreret</translation>
        </message>
        <message>
            <source>No low moments</source>
            <translation>Ingen lave øjeblikke</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Ingen ejer endnu</translation>
        </message>
        <message>
            <source>No votes or evidence yet</source>
            <translation>Endnu ingen stemmer eller belæg</translation>
        </message>
        <message>
            <source>Notes by lane</source>
            <translation>Sedler pr. bane</translation>
        </message>
        <message>
            <source>Observed rather than assumed</source>
            <translation>Observeret frem for antaget</translation>
        </message>
        <message>
            <source>Observed: {count}</source>
            <translation>Observeret: {count}</translation>
        </message>
        <message>
            <source>Owner: {owner}</source>
            <translation>Ejer: {owner}</translation>
        </message>
        <message>
            <source>Priorities (impact/effort)</source>
            <translation>Prioriteter (effekt/indsats)</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <source>Stage {number} of {count}</source>
            <translation>Fase {number} af {count}</translation>
        </message>
        <message>
            <source>Time runs left to right through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>Tiden løber fra venstre mod højre gennem faser og trin; hver række er en bane i oplevelsen. Jo højere på kurven, jo bedre øjeblik.</translation>
        </message>
        <message>
            <source>Time runs right to left through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>Tiden løber fra højre mod venstre gennem faser og trin; hver række er en bane i oplevelsen. Jo højere på kurven, jo bedre øjeblik.</translation>
        </message>
        <message>
            <source>Top opportunities</source>
            <translation>Største muligheder</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Unavngiven rejse</translation>
        </message>
        <message>
            <source>Updated {date}</source>
            <translation>Opdateret {date}</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stemmer</translation>
        </message>
        <message>
            <source>Votes: {count}</source>
            <translation>Stemmer: {count}</translation>
        </message>
        <message>
            <source>Worst moments</source>
            <translation>Værste øjeblikke</translation>
        </message>
        <message>
            <source>hollow: derived from the cards' mean</source>
            <translation>hul: udledt af kortenes gennemsnit</translation>
        </message>
        <message>
            <source>the cards' mean</source>
            <translation>kortenes gennemsnit</translation>
        </message>
        <message>
            <source>{kind} journey</source>
            <translation>Rejse: {kind}</translation>
        </message>
        <message>
            <source>{type} map</source>
            <translation>Kort: {type}</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>1 … 10, ten levels</source>
            <translation>1 … 10, ti niveauer</translation>
        </message>
        <message>
            <source>1 … 5, five levels</source>
            <translation>1 … 5, fem niveauer</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Følg systemet</translation>
        </message>
        <message>
            <source>−1 … +1, three levels</source>
            <translation>−1 … +1, tre niveauer</translation>
        </message>
        <message>
            <source>−2 … +2, five levels</source>
            <translation>−2 … +2, fem niveauer</translation>
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source> max on a card</source>
            <translation> højst på ét kort</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min.</translation>
        </message>
        <message>
            <source> votes each</source>
            <translation> stemmer hver</translation>
        </message>
        <message>
            <source> · {clock} left</source>
            <translation> · {clock} tilbage</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(uden titel)</translation>
        </message>
        <message>
            <source>Add to cards' votes</source>
            <translation>Læg til kortenes stemmer</translation>
        </message>
        <message>
            <source>Allow editing the map while presenting (L)</source>
            <translation>Tillad redigering af kortet under præsentationen (L)</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anonym</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Godkend</translation>
        </message>
        <message>
            <source>Approve every card first (all go to the inbox)</source>
            <translation>Godkend hvert kort først (alle går til indbakken)</translation>
        </message>
        <message>
            <source>Close voting</source>
            <translation>Luk afstemningen</translation>
        </message>
        <message>
            <source>Each participant spends their votes on their phone.</source>
            <translation>Hver deltager bruger sine stemmer på sin telefon.</translation>
        </message>
        <message>
            <source>End round</source>
            <translation>Afslut runden</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Indbakke</translation>
        </message>
        <message>
            <source>Inbox ({inbox})</source>
            <translation>Indbakke ({inbox})</translation>
        </message>
        <message>
            <source>Inbox {count}</source>
            <translation>Indbakke {count}</translation>
        </message>
        <message>
            <source>Lanes open to phones; approve every card first (O)</source>
            <translation>Baner åbne for telefoner; godkend hvert kort først (O)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Map unlocked</source>
            <translation>Kortet er låst op</translation>
        </message>
        <message>
            <source>Next stage in the spotlight (→)</source>
            <translation>Næste fase i spotlyset (→)</translation>
        </message>
        <message>
            <source>No spotlight (Home)</source>
            <translation>Intet spotlys (Home)</translation>
        </message>
        <message>
            <source>One minute less (−)</source>
            <translation>Ét minut mindre (−)</translation>
        </message>
        <message>
            <source>One minute more (+)</source>
            <translation>Ét minut mere (+)</translation>
        </message>
        <message>
            <source>Participants' cards waiting for approval (I)</source>
            <translation>Deltagernes kort, der venter på godkendelse (I)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefoner</translation>
        </message>
        <message>
            <source>Previous stage in the spotlight (←)</source>
            <translation>Forrige fase i spotlyset (←)</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>Private mode: notes hidden until revealed together (P)</source>
            <translation>Privat tilstand: sedler skjult, indtil de vises samlet (P)</translation>
        </message>
        <message numerus="yes">
            <source>Private · %n note(s) hidden</source>
            <translation>
                <numerusform>Privat · %n seddel skjult</numerusform>
                <numerusform>Privat · %n sedler skjult</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Afvis</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Nulstil</translation>
        </message>
        <message>
            <source>Reset the timer (R)</source>
            <translation>Nulstil timeren (R)</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Vis</translation>
        </message>
        <message>
            <source>Revealed: {cast} votes from {voters} people</source>
            <translation>Vist: {cast} stemmer fra {voters} personer</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Indstil</translation>
        </message>
        <message>
            <source>Set the timer (T)</source>
            <translation>Indstil timeren (T)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start or pause the timer (Space)</source>
            <translation>Start eller sæt timeren på pause (Mellemrum)</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>Start afstemningen</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Lås op</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Stem</translation>
        </message>
        <message>
            <source>Vote round (V)</source>
            <translation>Afstemningsrunde (V)</translation>
        </message>
        <message>
            <source>Voting closed: {cast} votes cast. Reveal when ready.</source>
            <translation>Afstemningen er lukket: {cast} stemmer afgivet. Vis dem, når I er klar.</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>Afstemning åben</translation>
        </message>
        <message>
            <source>Voting open ({kind}): {cast} votes cast by {voters} of {people}{left}</source>
            <translation>Afstemningen er åben ({kind}): {cast} stemmer afgivet af {voters} af {people}{left}</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Hele kortet</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonym</translation>
        </message>
        <message>
            <source>named</source>
            <translation>med navn</translation>
        </message>
        <message>
            <source>untimed</source>
            <translation>uden tidsgrænse</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>could not prepare the printout: {value}</source>
            <translation>kunne ikke forberede udskriften: {value}</translation>
        </message>
        <message>
            <source>the printer could not be started</source>
            <translation>printeren kunne ikke startes</translation>
        </message>
        <message>
            <source>the printout has {page_count} pages; none is in the range {fromPage}–{toPage}</source>
            <translation>udskriften har {page_count} sider; ingen ligger i intervallet {fromPage}–{toPage}</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>No cards in an opportunities or ideas lane yet.</source>
            <translation>Endnu ingen kort i en bane for muligheder eller idéer.</translation>
        </message>
        <message>
            <source>{rated} of {count} opportunities rated for impact and effort (Inspector). Ranked by quadrant (quick wins first), then impact − effort, impact, votes, evidence and the step's metrics.</source>
            <translation>{rated} af {count} muligheder er vurderet for effekt og indsats (Inspektør). Rangeret efter kvadrant (hurtige gevinster først), derefter effekt − indsats, effekt, stemmer, grundlag og trinnets målinger.</translation>
        </message>
    </context>
    <context>
        <name>Raster</name>
        <message>
            <source>a resolution of {dpi:g} dpi is out of range (10–2400)</source>
            <translation>en opløsning på {dpi:g} dpi er uden for intervallet (10–2400)</translation>
        </message>
        <message>
            <source>a {w} × {h} pixel picture is too large; lower --dpi or export a PDF poster</source>
            <translation>et billede på {w} × {h} pixel er for stort; sænk --dpi eller eksportér en PDF-plakat</translation>
        </message>
        <message>
            <source>not enough memory for a {w} × {h} pixel picture</source>
            <translation>ikke nok hukommelse til et billede på {w} × {h} pixel</translation>
        </message>
        <message>
            <source>not enough memory for a {w}-pixel-wide picture</source>
            <translation>ikke nok hukommelse til et billede, der er {w} pixel bredt</translation>
        </message>
        <message>
            <source>the part to export lies outside the map</source>
            <translation>den del, der skal eksporteres, ligger uden for kortet</translation>
        </message>
        <message>
            <source>{path}: cannot write the SVG</source>
            <translation>{path}: kan ikke skrive SVG-filen</translation>
        </message>
    </context>
    <context>
        <name>RoomDialogs</name>
        <message>
            <source>  ({selected} selected)</source>
            <translation>  ({selected} valgt)</translation>
        </message>
        <message>
            <source>192.168.1.20:43210, or paste the join link</source>
            <translation>192.168.1.20:43210, eller indsæt deltagerlinket</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>Here now:</source>
            <translation>Her nu:</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Deltag</translation>
        </message>
        <message>
            <source>Join Session</source>
            <translation>Deltag i session</translation>
        </message>
        <message>
            <source>Join link:</source>
            <translation>Deltagerlink:</translation>
        </message>
        <message>
            <source>K7QX-M2PA</source>
            <translation>K7QX-M2PA</translation>
        </message>
        <message>
            <source>Scan the code with a phone, or join from cjdesigner:</source>
            <translation>Scan koden med en telefon, eller deltag fra cjdesigner:</translation>
        </message>
        <message>
            <source>Session running</source>
            <translation>Sessionen kører</translation>
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation>Sessioner på dette netværk:</translation>
        </message>
        <message>
            <source>Stop Session</source>
            <translation>Stop session</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Dit navn:</translation>
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
            <translation>Nogen</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Author</source>
            <translation>Forfatter</translation>
        </message>
        <message>
            <source>Custom ({min} … {max})</source>
            <translation>Tilpasset ({min} … {max})</translation>
        </message>
        <message>
            <source>Emotion scale</source>
            <translation>Følelsesskala</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>Poster paper</source>
            <translation>Plakatpapir</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>The editor speaks the chosen language as soon as you press OK. New maps take the editor's language for the words printed on their posters.</source>
            <translation>Editoren skifter til det valgte sprog, så snart du trykker OK. Nye kort får editorens sprog til de ord, der trykkes på deres plakater.</translation>
        </message>
        <message>
            <source>The emotion scale applies to curves of new maps; each curve keeps its own scale, editable in the inspector.</source>
            <translation>Følelsesskalaen gælder kurverne i nye kort; hver kurve beholder sin egen skala, som kan redigeres i inspektøren.</translation>
        </message>
        <message>
            <source>Your name, written into new maps</source>
            <translation>Dit navn, som skrives i nye kort</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Customer journey maps and service blueprints</source>
            <translation>Kunderejsekort og service blueprints</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Kassér</translation>
        </message>
        <message>
            <source>Maps you open or save appear here.</source>
            <translation>Kort, du åbner eller gemmer, vises her.</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Nyt kort</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åbn</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Åbn…</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Seneste</translation>
        </message>
        <message>
            <source>Recovered work</source>
            <translation>Gendannet arbejde</translation>
        </message>
        <message>
            <source>Remove from List</source>
            <translation>Fjern fra listen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Gendan</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Vis i mappe</translation>
        </message>
        <message>
            <source>Start from a template</source>
            <translation>Start fra en skabelon</translation>
        </message>
        <message>
            <source>These maps had unsaved changes when cjdesigner last stopped.</source>
            <translation>Disse kort havde ugemte ændringer, da cjdesigner sidst stoppede.</translation>
        </message>
        <message>
            <source>This map was never saved</source>
            <translation>Dette kort blev aldrig gemt</translation>
        </message>
        <message>
            <source>cjdesigner</source>
            <translation>cjdesigner</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>lige nu</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>aldrig gemt</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>for {n} t. siden</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>for {n} min. siden</translation>
        </message>
        <message>
            <source>{stem}  (missing)
{parent}</source>
            <translation>{stem}  (mangler)
{parent}</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <source>+1 Vote</source>
            <translation>+1 stemme</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksportér</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Søg</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Tilpas</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bane</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nyt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åbn</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gentag</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Trin</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Fortryd</translation>
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <source>Move cards</source>
            <translation>Flyt kort</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Advertising</source>
            <translation>Reklame</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Antaget</translation>
        </message>
        <message>
            <source>Awful</source>
            <translation>Elendigt</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Backstage</translation>
        </message>
        <message>
            <source>Branch or store</source>
            <translation>Filial eller butik</translation>
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
            <translation>Opsigelse</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
        <message>
            <source>Complaint or return</source>
            <translation>Klage eller returnering</translation>
        </message>
        <message>
            <source>Content offered</source>
            <translation>Tilbudt indhold</translation>
        </message>
        <message>
            <source>Contract renewal</source>
            <translation>Fornyelse af aftale</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Nuværende tilstand</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Kundens handlinger</translation>
        </message>
        <message>
            <source>Day in the life</source>
            <translation>En dag i livet</translation>
        </message>
        <message>
            <source>Delighted</source>
            <translation>Begejstret</translation>
        </message>
        <message>
            <source>Edited on both sides</source>
            <translation>Redigeret på begge sider</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Følelseskurve</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Følelser</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Frontstage</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>Fremtidig tilstand</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Godt</translation>
        </message>
        <message>
            <source>Ideas / solutions</source>
            <translation>Idéer / løsninger</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Billeder</translation>
        </message>
        <message>
            <source>KPIs / metrics</source>
            <translation>KPI'er / målinger</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bane</translation>
        </message>
        <message>
            <source>Line of interaction</source>
            <translation>Interaktionslinje</translation>
        </message>
        <message>
            <source>Line of internal interaction</source>
            <translation>Linje for intern interaktion</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>Synlighedslinje</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Rejsekort</translation>
        </message>
        <message>
            <source>Marketing content</source>
            <translation>Markedsføringsindhold</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>Mobilapp</translation>
        </message>
        <message>
            <source>Moved to different places</source>
            <translation>Flyttet til forskellige steder</translation>
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
            <translation>Observeret</translation>
        </message>
        <message>
            <source>Okay</source>
            <translation>Okay</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Muligheder</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Smertepunkter</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Phone helpline</source>
            <translation>Telefonisk kundeservice</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Fysiske spor</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Dårligt</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positiv</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Foreslået</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Køb</translation>
        </message>
        <message>
            <source>Query about a product</source>
            <translation>Spørgsmål om et produkt</translation>
        </message>
        <message>
            <source>Removed on one side, changed on the other</source>
            <translation>Fjernet på den ene side, ændret på den anden</translation>
        </message>
        <message>
            <source>Sales staff</source>
            <translation>Salgspersonale</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Sociale medier</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Trin</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Støtteprocesser</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>Sms</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Tanker</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Kontaktpunkter</translation>
        </message>
        <message>
            <source>Very negative</source>
            <translation>Meget negativ</translation>
        </message>
        <message>
            <source>Very positive</source>
            <translation>Meget positiv</translation>
        </message>
        <message>
            <source>Webchat</source>
            <translation>Webchat</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Hjemmeside</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Velkomst</translation>
        </message>
        <message>
            <source>Word of mouth</source>
            <translation>Mund-til-mund</translation>
        </message>
    </context>
    <context>
        <name>WindowDesktop</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> og %n mere</numerusform>
                <numerusform> og %n mere</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a journey map</source>
            <translation>Ikke et rejsekort</translation>
        </message>
        <message>
            <source>{names} is neither a journey map (.cjm) nor a card list (.csv, .xlsx), so cjdesigner cannot open it.</source>
            <translation>{names} er hverken et rejsekort (.cjm) eller en kortliste (.csv, .xlsx), så cjdesigner kan ikke åbne den.</translation>
        </message>
        <message>
            <source>{names}{more} are neither journey maps (.cjm) nor card lists (.csv, .xlsx), so cjdesigner cannot open them.</source>
            <translation>{names}{more} er hverken rejsekort (.cjm) eller kortlister (.csv, .xlsx), så cjdesigner kan ikke åbne dem.</translation>
        </message>
    </context>
    <context>
        <name>WindowEdit</name>
        <message>
            <source>A card needs a cell: add a stage with a step and a lane first</source>
            <translation>Et kort skal have en celle: tilføj først en fase med et trin og en bane</translation>
        </message>
        <message>
            <source>Add vote</source>
            <translation>Tilføj stemme</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>Kurve {number}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Ny bane</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>Fjern stemme</translation>
        </message>
        <message>
            <source>Select the cards to vote for</source>
            <translation>Vælg de kort, der skal stemmes på</translation>
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <source>
… and {count} more</source>
            <translation>
… og {count} mere</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>Kunne ikke eksportere</translation>
        </message>
        <message>
            <source>Could not import the file</source>
            <translation>Kunne ikke importere filen</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>Kunne ikke åbne kortet</translation>
        </message>
        <message>
            <source>Could not restore</source>
            <translation>Kunne ikke gendanne</translation>
        </message>
        <message>
            <source>Could not revert</source>
            <translation>Kunne ikke gå tilbage</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Kunne ikke gemme</translation>
        </message>
        <message>
            <source>Could not use template</source>
            <translation>Kunne ikke bruge skabelonen</translation>
        </message>
        <message>
            <source>Delete the recovered copy of “{title}”? This cannot be undone.</source>
            <translation>Slet den gendannede kopi af “{title}”? Det kan ikke fortrydes.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Kassér</translation>
        </message>
        <message>
            <source>Discard recovered map</source>
            <translation>Kassér gendannet kort</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Drop all unsaved changes to “{display_name}” and reload it from disk?</source>
            <translation>Kassér alle ugemte ændringer i “{display_name}” og genindlæs det fra disken?</translation>
        </message>
        <message>
            <source>Export as {label}</source>
            <translation>Eksportér som {label}</translation>
        </message>
        <message>
            <source>Export not available</source>
            <translation>Eksport er ikke tilgængelig</translation>
        </message>
        <message>
            <source>Export of {name} stopped; nothing written</source>
            <translation>Eksporten af {name} er stoppet; intet er skrevet</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Eksporteret med advarsler</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>{name} er eksporteret</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>Eksporterer {name}</translation>
        </message>
        <message>
            <source>Import cards from CSV or Excel</source>
            <translation>Importér kort fra CSV eller Excel</translation>
        </message>
        <message>
            <source>Import of {name} stopped; nothing imported</source>
            <translation>Importen af {name} er stoppet; intet er importeret</translation>
        </message>
        <message>
            <source>Import warnings</source>
            <translation>Importadvarsler</translation>
        </message>
        <message numerus="yes">
            <source>Imported with %n warning(s).</source>
            <translation>
                <numerusform>Importeret med %n advarsel.</numerusform>
                <numerusform>Importeret med %n advarsler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>Importerer {name}</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Senere</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Åbn kort</translation>
        </message>
        <message>
            <source>Opened {display_name}</source>
            <translation>{display_name} er åbnet</translation>
        </message>
        <message>
            <source>Opening {name}</source>
            <translation>Åbner {name}</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Erstat</translation>
        </message>
        <message>
            <source>Restore recovered map</source>
            <translation>Gendan kort</translation>
        </message>
        <message>
            <source>Restored {display_name} — save it to keep it</source>
            <translation>{display_name} er gendannet — gem det for at beholde det</translation>
        </message>
        <message>
            <source>Restoring {title}</source>
            <translation>Gendanner {title}</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Gå tilbage</translation>
        </message>
        <message>
            <source>Revert to saved</source>
            <translation>Gå tilbage til gemt version</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>Gem kort som</translation>
        </message>
        <message>
            <source>Save map as ({name} is read-only)</source>
            <translation>Gem kort som ({name} er skrivebeskyttet)</translation>
        </message>
        <message>
            <source>Save of {name} stopped; nothing written</source>
            <translation>Gemningen af {name} er stoppet; intet er skrevet</translation>
        </message>
        <message>
            <source>Saved {display_name}</source>
            <translation>{display_name} er gemt</translation>
        </message>
        <message>
            <source>Saving {name}</source>
            <translation>Gemmer {name}</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <source>Stopped opening {name}</source>
            <translation>Åbningen af {name} er stoppet</translation>
        </message>
        <message>
            <source>Stopped restoring {title}; the copy is kept</source>
            <translation>Gendannelsen af {title} er stoppet; kopien beholdes</translation>
        </message>
        <message numerus="yes">
            <source>cjdesigner kept %n map(s) with unsaved changes from the last session.</source>
            <translation>
                <numerusform>cjdesigner har gemt %n kort med ugemte ændringer fra sidste session.</numerusform>
                <numerusform>cjdesigner har gemt %n kort med ugemte ændringer fra sidste session.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file_filter};;All files (*)</source>
            <translation>{file_filter};;Alle filer (*)</translation>
        </message>
        <message>
            <source>“{display_name}” is open with unsaved changes. Replace them with the recovered copy?</source>
            <translation>“{display_name}” er åbent med ugemte ændringer. Erstat dem med den gendannede kopi?</translation>
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
            <translation>Kunne ikke udskrive</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Overlap</translation>
        </message>
        <message>
            <source>Page setup saved</source>
            <translation>Sideopsætningen er gemt</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Plakat</translation>
        </message>
        <message>
            <source>Poster size</source>
            <translation>Plakatstørrelse</translation>
        </message>
        <message>
            <source>Print poster</source>
            <translation>Udskriv plakat</translation>
        </message>
        <message>
            <source>Print poster on several sheets</source>
            <translation>Udskriv plakat på flere ark</translation>
        </message>
        <message>
            <source>Printed with warnings</source>
            <translation>Udskrevet med advarsler</translation>
        </message>
        <message>
            <source>Printing stopped; nothing was sent to the printer</source>
            <translation>Udskrivningen er stoppet; intet blev sendt til printeren</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to {printer}</source>
            <translation>
                <numerusform>Sendte %n side til {printer}</numerusform>
                <numerusform>Sendte %n sider til {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The poster is split across the printer’s sheets, with cut and glue marks and an assembly guide first, as in a tiled PDF.</source>
            <translation>Plakaten fordeles på printerens ark med skære- og limmærker og en samlevejledning først, som i en opdelt PDF.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>printeren</translation>
        </message>
    </context>
    <context>
        <name>WindowRoom</name>
        <message>
            <source>&amp;Follow the Presenter</source>
            <translation>&amp;Følg præsentatoren</translation>
        </message>
        <message>
            <source>&amp;Host Again (the host is gone)</source>
            <translation>&amp;Vær vært igen (værten er væk)</translation>
        </message>
        <message>
            <source>&amp;Join Session…</source>
            <translation>&amp;Deltag i session…</translation>
        </message>
        <message>
            <source>&amp;Leave or Stop Session</source>
            <translation>&amp;Forlad eller stop session</translation>
        </message>
        <message>
            <source>&amp;Present to Others</source>
            <translation>&amp;Præsentér for andre</translation>
        </message>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Del</translation>
        </message>
        <message>
            <source>&amp;Start Session…</source>
            <translation>&amp;Start session…</translation>
        </message>
        <message>
            <source>A relay's address starts with ws:// or wss://</source>
            <translation>En relæservers adresse begynder med ws:// eller wss://</translation>
        </message>
        <message>
            <source>Address of a y-websocket server and room (ws://relay.example:1234/map):</source>
            <translation>Adresse på en y-websocket-server og et rum (ws://relay.example:1234/map):</translation>
        </message>
        <message>
            <source>Cannot start the session: {value}</source>
            <translation>Kan ikke starte sessionen: {value}</translation>
        </message>
        <message>
            <source>Meet on a &amp;Relay Server…</source>
            <translation>Mød på en &amp;relæserver…</translation>
        </message>
        <message>
            <source>Meet on a Relay Server</source>
            <translation>Mød på en relæserver</translation>
        </message>
        <message>
            <source>Session running here now: code {code}</source>
            <translation>Sessionen kører nu her: kode {code}</translation>
        </message>
        <message>
            <source>Session running: code {code}</source>
            <translation>Sessionen kører: kode {code}</translation>
        </message>
        <message>
            <source>Session: connected</source>
            <translation>Session: forbundet</translation>
        </message>
        <message>
            <source>Session: joining again at its new address; what you edited meanwhile merges</source>
            <translation>Session: deltager igen på dens nye adresse; det, du har ændret imens, flettes ind</translation>
        </message>
        <message>
            <source>Session: the host cannot be reached; you keep working, and your edits merge when it is back (or Share › Host Again)</source>
            <translation>Session: værten kan ikke nås; du arbejder videre, og dine ændringer flettes ind, når den er tilbage (eller Del › Vær vært igen)</translation>
        </message>
        <message>
            <source>Show Session &amp;Code…</source>
            <translation>Vis session&amp;kode…</translation>
        </message>
        <message>
            <source>The session does not answer yet; still trying…</source>
            <translation>Sessionen svarer ikke endnu; prøver stadig…</translation>
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
            <translation>Tiden er gået</translation>
        </message>
        <message>
            <source>Workshop timer (View ▸ Workshop Timer)</source>
            <translation>Workshoptimer (Vis ▸ Workshoptimer)</translation>
        </message>
    </context>
</TS>
