<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Accessibility</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message>
            <source>Arrow keys move between cells and cards and up to the step, stage and lane headers; Enter adds a card or renames a header, F2 edits the card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey map: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>channel {channel}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emotion {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence {evidence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in stage {stage}; {cards}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in {lane}, {stage} › {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner {owner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tags {tags}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{curve} at {step}: {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n emotion curve</numerusform>
                <numerusform>%n emotion curves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n lane</numerusform>
                <numerusform>%n lanes</numerusform>
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
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--language {tag!r} is not a language tag such as da, en-US or ar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a bundled template is damaged: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no template named {template!r}; choose one of: {available}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no templates are installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the template is damaged: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{output}: %n answer(s) stored as {metrics} step metrics</source>
            <translation>
                <numerusform>{output}: %n answer stored as {metrics} step metrics</numerusform>
                <numerusform>{output}: %n answers stored as {metrics} step metrics</numerusform>
            </translation>
        </message>
        <message>
            <source>{output}: cannot export to {wanted} files; use one of {value} as the output suffix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: cannot export: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: cannot write ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: exported {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: future state of {map}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: imported from {source}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: is the {what} itself; choose another output file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: new map from template {name}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: warning: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: write the comparison as .cjm (a map) or .pdf (a poster)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: already exists; add --force to replace it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: not replaced: {strerror}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: ok, {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program} diff --textconv: give exactly one FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program} diff: give OLD and NEW (or git's seven diff-driver arguments)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program} export: warning: {flag} does not apply to {suffix} files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program} merge: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program}: cannot open the editor: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program}: cannot start the editor: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program}: interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program}: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open; these commands work without one:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{program}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{shown}: %n conflict(s) kept in the map; open it in cjdesigner to pick a side for each</source>
            <translation>
                <numerusform>{shown}: %n conflict kept in the map; open it in cjdesigner to pick a side for each</numerusform>
                <numerusform>{shown}: %n conflicts kept in the map; open it in cjdesigner to pick a side for each</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown}: CONFLICT {describe}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}: warning: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} ({kind}): {parts}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change lane kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recolour lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recolour stage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Remove the lane “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Remove the lane “{name}” and the %n card in it?</numerusform>
                <numerusform>Remove the lane “{name}” and the %n cards in it?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the stage “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Remove the stage “{name}” and the %n card in it?</numerusform>
                <numerusform>Remove the stage “{name}” and the %n cards in it?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the step “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Remove the step “{name}” and the %n card in it?</numerusform>
                <numerusform>Remove the step “{name}” and the %n cards in it?</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set step time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time (HH:MM, empty for none):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Comparing</name>
        <message>
            <source>Cannot compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>. On the canvas: + added, ~ changed, › moved; Δ is each step's emotion change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compared with {label}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not comparing. View › Compare with… shows what changed since the last save or against another map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop Comparing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message numerus="yes">
            <source>%n conflict(s) from a merge. The map holds ours for each until you pick a side.</source>
            <translation>
                <numerusform>%n conflict from a merge. The map holds ours until you pick a side.</numerusform>
                <numerusform>%n conflicts from a merge. The map holds ours for each until you pick a side.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot keep that side: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep ours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep {ours_label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep {theirs_label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No merge conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card lists (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed on disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you don’t save, your changes will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overwrite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overwrite replaces their version (it is kept as the .bak file until the next save); Save As… keeps both; Reload drops your changes here and shows theirs. Show Details… lists what differs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was changed on disk by another program or editor.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source> Reload would drop your unsaved changes here; Save will ask before it replaces their version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; changed on disk.{extra}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; was moved or deleted on disk. Save to write it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reload: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reloaded {display_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file on disk does not open as a map: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file on disk holds the same map as this editor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This map has not been saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {count} more lines</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Card description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit card text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc keeps what you typed and takes back a card left empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc puts the card's text back as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter saves · Tab: description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>Add card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import survey metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep their value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move curve point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlink cards</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>&lt;b&gt;cjdesigner hit an unexpected error.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can keep working. If something looks wrong, save and restart.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your work is safe: a recovery copy of every open map was written (%n file(s)). You can keep working; saving now is a good idea.</source>
            <translation>
                <numerusform>Your work is safe: a recovery copy of every open map was written (%n file). You can keep working; saving now is a good idea.</numerusform>
                <numerusform>Your work is safe: a recovery copy of every open map was written (%n files). You can keep working; saving now is a good idea.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source> at {scale:.0%}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> run it the other way (--orientation {other}),</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n card(s) did not fit on their cards: marked →1…→{count} on the poster, their whole text is in the appendix after it</source>
            <translation>
                <numerusform>%n card did not fit on its card: marked →1…→{count} on the poster, its whole text is in the appendix after it</numerusform>
                <numerusform>%n cards did not fit on their cards: marked →1…→{count} on the poster, their whole text is in the appendix after it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) cannot be printed with the fonts installed and show as empty boxes: {named}; {font} would print them (Debian/Ubuntu: sudo apt install {package})</source>
            <translation>
                <numerusform>%n character cannot be printed with the fonts installed and shows as an empty box: {named}; {font} would print it (Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>%n characters cannot be printed with the fonts installed and show as empty boxes: {named}; {font} would print them (Debian/Ubuntu: sudo apt install {package})</numerusform>
            </translation>
        </message>
        <message>
            <source>, or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--paper auto chose --scale {percent} on {sheet} sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--paper auto chose {choice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--paper auto: a sheet the size of the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--paper auto: no sheet, roll or tiling prints the cards at the minimum size; printed on 4A0 (try --split stages)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>--paper map --scale {percent} --tile A4 (%n sheet(s))</source>
            <translation>
                <numerusform>--paper map --scale {percent} --tile A4 (%n sheet)</numerusform>
                <numerusform>--paper map --scale {percent} --tile A4 (%n sheets)</numerusform>
            </translation>
        </message>
        <message>
            <source>--paper roll:{width}mm ({length:.1f} m long)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--paper {name} (card text {size:.0f} pt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--split stages (an overview and {count} stage pages on {paper}, card text {size:.0f} pt or more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At {scale:.0%} the map is larger than {paper}: it is cut off. Choose a larger sheet, fit to the sheet, or tile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm tall, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm wide, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bleed and crop marks are for a print shop's single sheet; tiled sheets carry cut and glue marks instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read; what would work: {options}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noto Sans for its script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map does not quite fit the {width:.0f} mm roll: it is cut off at the edge. Fit it to the roll or tile it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet is {length:.0f} in long; PDF pages are normally at most 200 in, so it is written with UserUnit {uu:g} (PDF 1.6), which some viewers and print shops' RIPs ignore. Tiling (--tile A4) or the print shop's own splitting is safer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a CJK font with the supplementary ideographs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a Korean or CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a monochrome emoji font (Symbola)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a {width:.0f} mm roll is too narrow for a poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a text size: {text!r} (try 16 or 16/20, in points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text sizes must lie between 4 and 200 pt, not {text!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the poster{at} would be {length:.1f} m long; the limit is {limit:.0f} m: choose a smaller --scale (100 = on-screen size) or a sheet size (--paper A0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sheet is too small for a poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{body:g} pt body / {title:g} pt titles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} (--strict)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{named} and {count} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not written:
{exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists in {parent}. Replace it?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportOptions</name>
        <message>
            <source> dpi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> pt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100 % prints cards at their on-screen size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 mm bleed and crop marks (print shop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A named sheet, a roll, or a size such as 900x2000mm or 36x48in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank wall template (grid and headers, no cards)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By format (16 pt on walls, 8 pt on desks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compact cards: titles and markers (an overview)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixed scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a map too large for one readable sheet: the overview shows every card by its title, each stage's page shows its cards in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer than 200 in: written with UserUnit, which some viewers ignore; tiling is safer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map size (fixed scale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the part visible in the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orientation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview, then a page per stage on the same paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview, then an A3 booklet page per stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview, then an A4 booklet page per stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuse to write a poster with text too small or cut short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roll {width} mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet {width} × {height} mm (landscape); card text prints at {body} pt, titles at {title} pt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet {width} × {height} mm (portrait); card text prints at {body} pt, titles at {title} pt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smallest card text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Squares for sticky notes in every cell of the blank template (across × down), each lane in its pad's colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sticky notes per cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The smallest card text the poster may print; titles get 1.25 × this. The summary says what would meet it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The visible part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then a page for each stage ({count}) on {sheet}, its cards in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tile onto {sheet}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With 3 mm bleed and crop marks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overlap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} sheets of {sheet} ({rows} rows × {columns} columns) and an assembly guide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {text!r} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{part} as scalable vector graphics ({width:.0f} × {height:.0f}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{part}: {width:.0f} × {height:.0f} pixels at {dpi} dpi.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Another colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit “{field}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several values</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consideration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Experienced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loyalty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled service blueprint</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source> ({count:,} digits, line {line}, column {column})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(top level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>arrays ([…])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contains merge conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); resolve the conflict first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a JSON object, found {json_type_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a whole number, found {json_type_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected {"step": STEP_ID, "value": NUMBER}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is encoded as {name}; .cjm files are UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not UTF-8 text (byte 0x{value:02x} on line {line}); .cjm files are UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a regular file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing: this does not look like a cjdesigner map (.cjm) file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a journey map: the JSON is nested too deeply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not saved, the map has problems: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: a number is too large{long_number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: {reason} (line {line}, column {column})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid: the key {value!r} appears twice in one object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>objects ({…})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>permission denied (you may not read this file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second point for step {value!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the data is nested too deeply or too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file ends too early; it may be truncated (line {line}, column {column})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this file was made by a newer cjdesigner (file format version {version}; this cjdesigner reads versions up to {SCHEMA_VERSION}). Update cjdesigner to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too large to be a journey map ({size:.0f} MB; the limit is {limit} MB, enough for 100,000 cards)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too large to be a journey map: {count:,} {what}, more than the {limit:,} that a map of 100,000 cards could need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too large to load into memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown file format version {version} (oldest is {OLDEST_VERSION})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {count:,} entries, more than the {limit:,} allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: not valid text (a lone surrogate \u{code:04x}, half of a character)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown}: cannot save ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown}: cannot save: it is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown}: not overwritten, because the file there does not open as a journey map ({value}). Save under another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown}: not saved: the file changed on disk since it was opened or saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown}: not saved: the file is read-only; save under another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown}: not saved: the map holds a value that cannot be written ({exc})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown}: not saved: {strerror}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown}: not saved: {strerror}; save under another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{source}: {problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{source}: {problem} (and %n more problem)</numerusform>
                <numerusform>{source}: {problem} (and %n more problems)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… and %n more problem</numerusform>
                <numerusform>… and %n more problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Find</name>
        <message numerus="yes">
            <source>%n+ vote(s)</source>
            <translation>
                <numerusform>%n+ vote</numerusform>
                <numerusform>%n+ votes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message>
            <source>All cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close find bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in cards…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Alt+Arrow keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card editor ▸ From title to description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card editor ▸ Keep the text (Ctrl+Enter in the description)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card editor ▸ Put the text back (a new card keeps it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+wheel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Add a card in the cell; rename the selected header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Clear the selection; cancel a drag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Delete the selected cards, header or curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Edit the selected card's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Move between cells and cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Move the selected cards to the next cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Scroll sideways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Select several cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Up from the first row: step, then stage header; Left from the first column: lane header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map ▸ Zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift+F6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift+click, Ctrl+click</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift+wheel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space+drag, middle drag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up / Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window ▸ Back to the map from a panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window ▸ Next panel (map, outline, inspector…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window ▸ Previous panel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no computed value (the workbook was written by a program that does not calculate) and read as empty; open and save it in Excel or LibreOffice first to compute them</source>
            <translation>
                <numerusform>%n formula cell has no computed value (the workbook was written by a program that does not calculate) and reads as empty; open and save it in Excel or LibreOffice first to compute it</numerusform>
                <numerusform>%n formula cells have no computed value (the workbook was written by a program that does not calculate) and read as empty; open and save it in Excel or LibreOffice first to compute them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s), nothing imported:
  {problems}</source>
            <translation>
                <numerusform>%n problem, nothing imported:
  {problems}</numerusform>
                <numerusform>%n problems, nothing imported:
  {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}, or add a first line sep={separator}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>. The header is one quoted cell; remove the quotes around the header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a tag is longer than {limit} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read workbooks safely: the defusedxml package is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emotion {emotion!r} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emotion {emotion!r} is outside the scale −2…+2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence {evidence_text!r} is not one of observed, assumed, proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored cells beyond the last column in row(s) {too_wide}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored column {name!r}: the {column!r} column is {chosen!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored the hidden sheet {title!r}; cards are read from {chosen!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored the sheet {title!r}; cards are read from {chosen!r}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>ignored unknown column(s) {names} (known columns: {known})</source>
            <translation>
                <numerusform>ignored unknown column {names} (known columns: {known})</numerusform>
                <numerusform>ignored unknown columns {names} (known columns: {known})</numerusform>
            </translation>
        </message>
        <message>
            <source>journey kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind of item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lane is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lane kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lane_kind {kind!r} is not a lane kind (use one of: {kinds})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>map type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than {limit:,} rows; split the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no cards: the file has a header row but no data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid UTF-16 ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid UTF-8 after the byte-order mark ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing imported: the map could not be saved, {problem}; split the file into smaller ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}: lane {lane!r} is {kind!r} here but {other_kind!r} in row {other_row}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>row {row}: missing required column(s) {missing}; the header row must name at least {required} (found: {found}){hint}</source>
            <translation>
                <numerusform>row {row}: missing required column {missing}; the header row must name at least {required} (found: {found}){hint}</numerusform>
                <numerusform>row {row}: missing required columns {missing}; the header row must name at least {required} (found: {found}){hint}</numerusform>
            </translation>
        </message>
        <message>
            <source>row {row}: the column {key!r} appears twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}: unreadable CSV ({exc})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}{where}: a quoted cell is never closed: its opening quote (") has no closing quote, so the rows after it would be read as part of that cell; add the missing quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet 'Map'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet {sheet!r} row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet {title!r} has more than {limit:,} rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet {title!r} has no header row naming the column {key!r} (its columns are: {columns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet {title!r}: skipped {at} row(s) above the header row (titles or notes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet {title!r}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped row(s) {no_card}: nothing in the card columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped {header_at} blank row(s) before the header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cards do not make a valid map: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file has no header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty; expected a header row naming at least {required}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook cannot be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook has a {sheet} sheet but no {missing}; a whole map needs Stages, Steps and Lanes (or give only a Cards sheet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook has no Cards sheet: the map has no cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook has no Map sheet: the title is the file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook has no visible sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook has {count:,} parts; too many to be a map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook is damaged ({exc})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workbook unpacks to {unpacked:,} bytes; too large to be a map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a text file, not an Excel workbook; a card list in CSV form needs a file name ending in .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is {what}, not a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is {what}, not a CSV file; import it as a workbook (a file name ending in .xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is {what}, not an Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is {what}; save it as an Excel workbook (.xlsx) and import that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too large for a card list ({count:,} bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too large for a workbook of a map ({count:,} bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column} is longer than {limit} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot write ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot write: it is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: too large for a card list ({size:,} bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: too large for a workbook of a map ({size:,} bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sheet} sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text!r} is not a clock time such as 07:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text!r} is not a {what} (use one of: {choices})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is neither yes nor no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}, metric: empty (CSAT, CES or NPS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}, score: empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}, step_id: no step with id {step_id!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}, {column}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: ignored the unknown field {key!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: no curve with id {curve!r} in the Curves sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: no lane titled {lane!r} in the Lanes sheet; name one or give a lane_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: no stage named {stage!r} in the Stages sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: no stage with id {stage!r} in the Stages sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: no step {step!r} in stage {stage!r} (Steps sheet); name them or give a step_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {count:,} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> of 5</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes apply to every selected card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a card, a stage, a step, a lane or the emotion curve to edit it here. Double-click an empty cell to add a card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock time as HH:MM, e.g. 07:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Derived from the cards' mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difference per step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit emotion scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every step met or beat what was expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected against experienced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected, experienced…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Experienced minus expected at each step; click to show the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highest must be above lowest, with 2–21 levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In stage {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview, survey, analytics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Levels run from lowest to highest, one per line. Changing the range moves the curve's points with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics: one a line, such as “CSAT 82 % · n = 45 · 69 to 90” (CSAT per cent satisfied, CES 1–7, NPS −100…100; n answers; 95 % interval). `cjdesigner metrics` fills them from survey answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path or URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this emotion curve from the map (Undo brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset points to card emotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps to improve first; click to show the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lowest moments of this curve. Label another curve of the same persona “Expected” to rank the steps by the gap instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The steps that fell furthest below what was expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to act first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma, separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{experienced} against {expected}: the shaded band on the map is the gap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} › {step}: expected {expected}, experienced {experienced}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}  ·  {gap} below expected</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{where}

%n card(s) here. Arrow keys pick a card; Enter adds another one.</source>
            <translation>
                <numerusform>{where}

%n card here. Arrow keys pick a card; Enter adds another one.</numerusform>
                <numerusform>{where}

%n cards here. Arrow keys pick a card; Enter adds another one.</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}

Press Enter or double-click to add a card here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Interactions</name>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Move card</numerusform>
                <numerusform>Move cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: stopping…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>%n card selected</numerusform>
                <numerusform>%n cards selected</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About {APP_NAME}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Emotion Curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export Poster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find and Filter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A future-state map made from this one, compared with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;Vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a card in the current cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a lane below the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a stage after the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step after the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both versions step by step in one map (Now and Future lanes), to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the map with another version first (View › Compare).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with &amp;File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with &amp;Last Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count down {minutes} minutes in the status bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create &amp;Future State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curve selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a PDF poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find cards; filter by channel, owner, tag or evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;CSV or Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map too large to keep safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark what changed against another map file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark what changed since the map was last saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Empty Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Service &amp;Blueprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No templates installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One more vote for each selected card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One vote less for each selected card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Comparison &amp;Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a map file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open cards or a whole map from a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page Set&amp;up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster export is not installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print &amp;Tiled…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the poster across several sheets to tape together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the poster on one page of the printer's paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer, paper, orientation and margins for printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit cjdesigner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent files, templates and recovered work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the map under a new name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a map with no stages, lanes or curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new customer journey: five stages and the usual lanes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a service blueprint: customer actions over the frontstage, backstage and support layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop &amp;Comparing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take Back a V&amp;ote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map alone, full screen, for a projector (Esc or F5 to leave)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time’s up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved · recovery copy {stamp}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop &amp;Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the cards to a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cjdesigner keeps a copy of unsaved work and offers it back after a crash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{APP_NAME} {version}

Customer journey maps and service blueprints, made offline, printed as wall-size posters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{display_name} is now {why}.

Neither a save nor the recovery copy could be opened again. Remove cards (or move some to another map) before you close it; exports still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n emotion curve</numerusform>
                <numerusform>%n emotion curves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n lane</numerusform>
                <numerusform>%n lanes</numerusform>
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
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message>
            <source>A service blueprint shows what happens frontstage, backstage and in support processes, under the lines of interaction, visibility and internal interaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add blueprint layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the blueprint layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add {layers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created {created}
Last saved {saved}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this map is about, for whom and how far it reaches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>v1, workshop 2…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Add card here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lane above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lane below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add step after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add step before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear curve point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear point (use the cards' mean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MetricFields</name>
        <message>
            <source>CSAT 82 % · n = 45 · 69 to 90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each metric once per step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a metric line: {text!r} (e.g. CSAT 82 % · n = 45)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown metric {name!r}: CSAT, CES or NPS</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message>
            <source>+ Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step to the selected stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curve: select it on the map; Remove deletes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected stage, step, lane or curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Personas</name>
        <message>
            <source>(unnamed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A picture in the map's folder is linked; one from elsewhere is embedded in the map, scaled down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a curve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attached: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Challenges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Curve {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Experienced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists take one entry per line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No curve attached to this persona yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No personas yet. A map is made for one or two primary personas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not shown: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not used: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Occupation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Primary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who the map is for; ★ marks a primary persona.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working parents in their 30s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>＋ Add</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+{count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+{count} more (see the editor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+{count} more (see the map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By {author}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Challenges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled: set · hollow: derived from cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HOW TO READ THIS MAP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moments that matter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No low moments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owner yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No votes or evidence yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes by lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observed rather than assumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observed: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner: {owner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities (impact/effort)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service blueprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time runs left to right through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time runs right to left through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votes: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worst moments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hollow: derived from the cards' mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cards' mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{type} map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>1 … 10, ten levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 … 5, five levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>−1 … +1, three levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>−2 … +2, five levels</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source> max on a card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> votes each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · {clock} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to cards' votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow editing the map while presenting (L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve every card first (all go to the inbox)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each participant spends their votes on their phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inbox ({inbox})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inbox {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes open to phones; approve every card first (O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next stage in the spotlight (→)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No spotlight (Home)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One minute less (−)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One minute more (+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants' cards waiting for approval (I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous stage in the spotlight (←)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private mode: notes hidden until revealed together (P)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Private · %n note(s) hidden</source>
            <translation>
                <numerusform>Private · %n note hidden</numerusform>
                <numerusform>Private · %n notes hidden</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset the timer (R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revealed: {cast} votes from {voters} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the timer (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start or pause the timer (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vote round (V)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting closed: {cast} votes cast. Reveal when ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting open ({kind}): {cast} votes cast by {voters} of {people}{left}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>anonymous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>untimed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>could not prepare the printout: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the printer could not be started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the printout has {page_count} pages; none is in the range {fromPage}–{toPage}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>No cards in an opportunities or ideas lane yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rated} of {count} opportunities rated for impact and effort (Inspector). Ranked by quadrant (quick wins first), then impact − effort, impact, votes, evidence and the step's metrics.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Raster</name>
        <message>
            <source>a resolution of {dpi:g} dpi is out of range (10–2400)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a {w} × {h} pixel picture is too large; lower --dpi or export a PDF poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough memory for a {w} × {h} pixel picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough memory for a {w}-pixel-wide picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the part to export lies outside the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot write the SVG</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomDialogs</name>
        <message>
            <source>  ({selected} selected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>192.168.1.20:43210, or paste the join link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Here now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join link:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>K7QX-M2PA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan the code with a phone, or join from cjdesigner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>http://</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomLink</name>
        <message>
            <source>Someone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom ({min} … {max})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The editor speaks the chosen language as soon as you press OK. New maps take the editor's language for the words printed on their posters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The emotion scale applies to curves of new maps; each curve keeps its own scale, editable in the inspector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name, written into new maps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Customer journey maps and service blueprints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maps you open or save appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovered work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These maps had unsaved changes when cjdesigner last stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This map was never saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cjdesigner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} h ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} min ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stem}  (missing)
{parent}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <source>+1 Vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <source>Move cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Advertising</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awful</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backstage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Branch or store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CES</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancellation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint or return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract renewal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day in the life</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited on both sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feelings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frontstage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ideas / solutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPIs / metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line of interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line of internal interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line of visibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marketing content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to different places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Okay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone helpline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Physical evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Query about a product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed on one side, changed on the other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service blueprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support processes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thoughts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Webchat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word of mouth</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowDesktop</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} is neither a journey map (.cjm) nor a card list (.csv, .xlsx), so cjdesigner cannot open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names}{more} are neither journey maps (.cjm) nor card lists (.csv, .xlsx), so cjdesigner cannot open them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowEdit</name>
        <message>
            <source>A card needs a cell: add a stage with a step and a lane first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Curve {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the cards to vote for</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <source>
… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not import the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not use template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the recovered copy of “{title}”? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard recovered map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop all unsaved changes to “{display_name}” and reload it from disk?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export of {name} stopped; nothing written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cards from CSV or Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import of {name} stopped; nothing imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import warnings</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported with %n warning(s).</source>
            <translation>
                <numerusform>Imported with %n warning.</numerusform>
                <numerusform>Imported with %n warnings.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {display_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore recovered map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {display_name} — save it to keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert to saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save map as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save map as ({name} is read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save of {name} stopped; nothing written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {display_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped opening {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped restoring {title}; the copy is kept</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>cjdesigner kept %n map(s) with unsaved changes from the last session.</source>
            <translation>
                <numerusform>cjdesigner kept %n map with unsaved changes from the last session.</numerusform>
                <numerusform>cjdesigner kept %n maps with unsaved changes from the last session.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file_filter};;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{display_name}” is open with unsaved changes. Replace them with the recovered copy?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowPrint</name>
        <message>
            <source> mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page setup saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poster size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print poster on several sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing stopped; nothing was sent to the printer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to {printer}</source>
            <translation>
                <numerusform>Sent %n page to {printer}</numerusform>
                <numerusform>Sent %n pages to {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The poster is split across the printer’s sheets, with cut and glue marks and an assembly guide first, as in a tiled PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the printer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowRoom</name>
        <message>
            <source>&amp;Follow the Presenter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Host Again (the host is gone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Join Session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave or Stop Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Present to Others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start Session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A relay's address starts with ws:// or wss://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address of a y-websocket server and room (ws://relay.example:1234/map):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot start the session: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meet on a &amp;Relay Server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meet on a Relay Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session running here now: code {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session running: code {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session: connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session: joining again at its new address; what you edited meanwhile merges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session: the host cannot be reached; you keep working, and your edits merge when it is back (or Share › Host Again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show Session &amp;Code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session does not answer yet; still trying…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Timer {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time’s up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop timer (View ▸ Workshop Timer)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
