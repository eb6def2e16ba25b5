<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Accessibility</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n étape</numerusform>
                <numerusform>%n étapes</numerusform>
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
            <translation>Les flèches passent d’une cellule et d’une carte à l’autre et remontent aux en-têtes d’étape, de phase et de couloir ; Entrée ajoute une carte ou renomme un en-tête, F2 modifie la carte.</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Carte du parcours</translation>
        </message>
        <message>
            <source>Journey map: {title}</source>
            <translation>Carte du parcours : {title}</translation>
        </message>
        <message>
            <source>Lane {name}</source>
            <translation>Couloir {name}</translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>Phase {name}</translation>
        </message>
        <message>
            <source>Step {name}</source>
            <translation>Étape {name}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Untitled card</source>
            <translation>Carte sans titre</translation>
        </message>
        <message>
            <source>channel {channel}</source>
            <translation>canal {channel}</translation>
        </message>
        <message>
            <source>emotion {value}</source>
            <translation>émotion {value}</translation>
        </message>
        <message>
            <source>evidence {evidence}</source>
            <translation>preuve {evidence}</translation>
        </message>
        <message>
            <source>in stage {stage}; {cards}</source>
            <translation>dans la phase {stage} ; {cards}</translation>
        </message>
        <message>
            <source>in {lane}, {stage} › {step}</source>
            <translation>dans {lane}, {stage} › {step}</translation>
        </message>
        <message>
            <source>owner {owner}</source>
            <translation>responsable {owner}</translation>
        </message>
        <message>
            <source>tags {tags}</source>
            <translation>étiquettes {tags}</translation>
        </message>
        <message>
            <source>{curve} at {step}: {value}</source>
            <translation>{curve} à {step} : {value}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n courbe d’émotion</numerusform>
                <numerusform>%n courbes d’émotion</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n couloir</numerusform>
                <numerusform>%n couloirs</numerusform>
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
                <numerusform>%n étape</numerusform>
                <numerusform>%n étapes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n pas</numerusform>
                <numerusform>%n pas</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>--language {tag!r} is not a language tag such as da, en-US or ar</source>
            <translation>--language {tag!r} n’est pas une étiquette de langue comme da, en-US ou ar</translation>
        </message>
        <message>
            <source>a bundled template is damaged: {exc}</source>
            <translation>un modèle fourni est endommagé : {exc}</translation>
        </message>
        <message>
            <source>no template named {template!r}; choose one of: {available}</source>
            <translation>aucun modèle ne s’appelle {template!r} ; choisissez parmi : {available}</translation>
        </message>
        <message>
            <source>no templates are installed</source>
            <translation>aucun modèle n’est installé</translation>
        </message>
        <message>
            <source>the template is damaged: {exc}</source>
            <translation>le modèle est endommagé : {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{output}: %n answer(s) stored as {metrics} step metrics</source>
            <translation>
                <numerusform>{output} : %n réponse enregistrée en {metrics} mesures par pas</numerusform>
                <numerusform>{output} : %n réponses enregistrées en {metrics} mesures par pas</numerusform>
            </translation>
        </message>
        <message>
            <source>{output}: cannot export to {wanted} files; use one of {value} as the output suffix</source>
            <translation>{output} : impossible d’exporter en fichiers {wanted} ; utilisez l’une des extensions {value}</translation>
        </message>
        <message>
            <source>{output}: cannot export: {reason}</source>
            <translation>{output} : export impossible : {reason}</translation>
        </message>
        <message>
            <source>{output}: cannot write ({reason})</source>
            <translation>{output} : écriture impossible ({reason})</translation>
        </message>
        <message>
            <source>{output}: exported {summary}</source>
            <translation>{output} : exporté {summary}</translation>
        </message>
        <message>
            <source>{output}: future state of {map}: {summary}</source>
            <translation>{output} : état futur de {map} : {summary}</translation>
        </message>
        <message>
            <source>{output}: imported from {source}: {summary}</source>
            <translation>{output} : importé depuis {source} : {summary}</translation>
        </message>
        <message>
            <source>{output}: is the {what} itself; choose another output file</source>
            <translation>{output} : c’est le {what} lui-même ; choisissez un autre fichier de sortie</translation>
        </message>
        <message>
            <source>{output}: new map from template {name}: {summary}</source>
            <translation>{output} : nouvelle carte d’après le modèle {name} : {summary}</translation>
        </message>
        <message>
            <source>{output}: warning: {warning}</source>
            <translation>{output} : avertissement : {warning}</translation>
        </message>
        <message>
            <source>{output}: write the comparison as .cjm (a map) or .pdf (a poster)</source>
            <translation>{output} : écrivez la comparaison en .cjm (une carte) ou en .pdf (une affiche)</translation>
        </message>
        <message>
            <source>{path}: already exists; add --force to replace it</source>
            <translation>{path} : existe déjà ; ajoutez --force pour le remplacer</translation>
        </message>
        <message>
            <source>{path}: is a folder</source>
            <translation>{path} : est un dossier</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path} : fichier introuvable</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path} : n’est pas un fichier</translation>
        </message>
        <message>
            <source>{path}: not replaced: {strerror}</source>
            <translation>{path} : non remplacé : {strerror}</translation>
        </message>
        <message>
            <source>{path}: ok, {summary}</source>
            <translation>{path} : correct, {summary}</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path} : {problem}</translation>
        </message>
        <message>
            <source>{path}: {summary}</source>
            <translation>{path} : {summary}</translation>
        </message>
        <message>
            <source>{program} diff --textconv: give exactly one FILE</source>
            <translation>{program} diff --textconv : indiquez exactement un FICHIER</translation>
        </message>
        <message>
            <source>{program} diff: give OLD and NEW (or git's seven diff-driver arguments)</source>
            <translation>{program} diff : indiquez ANCIEN et NOUVEAU (ou les sept arguments d’un pilote diff de git)</translation>
        </message>
        <message>
            <source>{program} export: warning: {flag} does not apply to {suffix} files</source>
            <translation>{program} export : avertissement : {flag} ne s’applique pas aux fichiers {suffix}</translation>
        </message>
        <message>
            <source>{program} merge: {exc}</source>
            <translation>{program} merge : {exc}</translation>
        </message>
        <message>
            <source>{program}: cannot open the editor: {problem}</source>
            <translation>{program} : impossible d’ouvrir l’éditeur : {problem}</translation>
        </message>
        <message>
            <source>{program}: cannot start the editor: {exc}</source>
            <translation>{program} : impossible de démarrer l’éditeur : {exc}</translation>
        </message>
        <message>
            <source>{program}: interrupted</source>
            <translation>{program} : interrompu</translation>
        </message>
        <message>
            <source>{program}: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open; these commands work without one:</source>
            <translation>{program} : pas d’affichage (DISPLAY et WAYLAND_DISPLAY ne sont pas définis), l’éditeur ne peut donc pas s’ouvrir ; ces commandes fonctionnent sans :</translation>
        </message>
        <message>
            <source>{program}: {problem}</source>
            <translation>{program} : {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{shown}: %n conflict(s) kept in the map; open it in cjdesigner to pick a side for each</source>
            <translation>
                <numerusform>{shown} : %n conflit conservé dans la carte ; ouvrez-la dans cjdesigner pour choisir un côté</numerusform>
                <numerusform>{shown} : %n conflits conservés dans la carte ; ouvrez-la dans cjdesigner pour choisir un côté pour chacun</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown}: CONFLICT {describe}</source>
            <translation>{shown} : CONFLIT {describe}</translation>
        </message>
        <message>
            <source>{source}: warning: {warning}</source>
            <translation>{source} : avertissement : {warning}</translation>
        </message>
        <message>
            <source>{title} ({kind}): {parts}</source>
            <translation>{title} ({kind}) : {parts}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add card</source>
            <translation>Ajouter une carte</translation>
        </message>
        <message>
            <source>Change lane kind</source>
            <translation>Changer le type de ligne</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Cut cards</source>
            <translation>Couper les cartes</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>Supprimer la carte</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Supprimer les cartes</translation>
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation>Dupliquer les cartes</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Nouvelle étape</translation>
        </message>
        <message>
            <source>Paste cards</source>
            <translation>Coller les cartes</translation>
        </message>
        <message>
            <source>Recolour lane</source>
            <translation>Changer la couleur de la ligne</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Changer la couleur de la phase</translation>
        </message>
        <message numerus="yes">
            <source>Remove the lane “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Supprimer la ligne « {name} » et la %n carte qu’elle contient ?</numerusform>
                <numerusform>Supprimer la ligne « {name} » et les %n cartes qu’elle contient ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the stage “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Supprimer la phase « {name} » et la %n carte qu’elle contient ?</numerusform>
                <numerusform>Supprimer la phase « {name} » et les %n cartes qu’elle contient ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the step “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>Supprimer l’étape « {name} » et la %n carte qu’elle contient ?</numerusform>
                <numerusform>Supprimer l’étape « {name} » et les %n cartes qu’elle contient ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Renommer la ligne</translation>
        </message>
        <message>
            <source>Rename map</source>
            <translation>Renommer la carte</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Renommer la phase</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Renommer l’étape</translation>
        </message>
        <message>
            <source>Set step time</source>
            <translation>Définir l’heure de l’étape</translation>
        </message>
        <message>
            <source>Time (HH:MM, empty for none):</source>
            <translation>Heure (HH:MM, vide pour aucune) :</translation>
        </message>
    </context>
    <context>
        <name>Comparing</name>
        <message>
            <source>Cannot compare</source>
            <translation>Comparaison impossible</translation>
        </message>
        <message>
            <source>Compare with map</source>
            <translation>Comparer avec une carte</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>. On the canvas: + added, ~ changed, › moved; Δ is each step's emotion change.</source>
            <translation>. Sur le canevas : + ajouté, ~ modifié, › déplacé ; Δ indique la variation d’émotion de chaque étape.</translation>
        </message>
        <message>
            <source>Compared with {label}: </source>
            <translation>Comparé avec {label} : </translation>
        </message>
        <message>
            <source>Not comparing. View › Compare with… shows what changed since the last save or against another map.</source>
            <translation>Aucune comparaison. Affichage › Comparer avec… montre ce qui a changé depuis le dernier enregistrement ou par rapport à une autre carte.</translation>
        </message>
        <message>
            <source>Stop Comparing</source>
            <translation>Arrêter la comparaison</translation>
        </message>
        <message>
            <source>no changes</source>
            <translation>aucune modification</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message numerus="yes">
            <source>%n conflict(s) from a merge. The map holds ours for each until you pick a side.</source>
            <translation>
                <numerusform>%n conflit issu d’une fusion. La carte garde notre version jusqu’à ce que vous choisissiez un côté.</numerusform>
                <numerusform>%n conflits issus d’une fusion. La carte garde notre version pour chacun jusqu’à ce que vous choisissiez un côté.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot keep that side: {exc}</source>
            <translation>Impossible de garder ce côté : {exc}</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Garder la nôtre</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Garder la leur</translation>
        </message>
        <message>
            <source>Keep {ours_label}</source>
            <translation>Garder {ours_label}</translation>
        </message>
        <message>
            <source>Keep {theirs_label}</source>
            <translation>Garder {theirs_label}</translation>
        </message>
        <message>
            <source>No merge conflicts.</source>
            <translation>Aucun conflit de fusion.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Card lists (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
            <translation>Listes de cartes (*.csv *.xlsx *.xlsm);;Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx *.xlsm);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Modifié sur le disque</translation>
        </message>
        <message>
            <source>If you don’t save, your changes will be lost.</source>
            <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Cartes de parcours (*.cjm);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Ouvrir une carte</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Écraser</translation>
        </message>
        <message>
            <source>Overwrite replaces their version (it is kept as the .bak file until the next save); Save As… keeps both; Reload drops your changes here and shows theirs. Show Details… lists what differs.</source>
            <translation>Écraser remplace leur version (elle est conservée dans le fichier .bak jusqu’au prochain enregistrement) ; Enregistrer sous… garde les deux ; Recharger abandonne vos modifications ici et affiche les leurs. Afficher les détails… liste les différences.</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save map</source>
            <translation>Enregistrer la carte</translation>
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>“{name}” was changed on disk by another program or editor.</source>
            <translation>« {name} » a été modifié sur le disque par un autre programme ou éditeur.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source> Reload would drop your unsaved changes here; Save will ask before it replaces their version.</source>
            <translation> Recharger abandonnerait vos modifications non enregistrées ici ; Enregistrer demandera avant de remplacer leur version.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; changed on disk.{extra}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; a changé sur le disque.{extra}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; was moved or deleted on disk. Save to write it again.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; a été déplacé ou supprimé sur le disque. Enregistrez pour l’écrire à nouveau.</translation>
        </message>
        <message>
            <source>Could not reload: {exc}</source>
            <translation>Rechargement impossible : {exc}</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Reloaded {display_name}</source>
            <translation>{display_name} rechargé</translation>
        </message>
        <message>
            <source>The file on disk does not open as a map: {exc}</source>
            <translation>Le fichier sur le disque ne s’ouvre pas comme une carte : {exc}</translation>
        </message>
        <message>
            <source>The file on disk holds the same map as this editor.</source>
            <translation>Le fichier sur le disque contient la même carte que cet éditeur.</translation>
        </message>
        <message>
            <source>This map has not been saved yet.</source>
            <translation>Cette carte n’a pas encore été enregistrée.</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Parcours sans titre</translation>
        </message>
        <message>
            <source>… and {count} more lines</source>
            <translation>… et {count} lignes de plus</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Card description</source>
            <translation>Description de la carte</translation>
        </message>
        <message>
            <source>Card title</source>
            <translation>Titre de la carte</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Ctrl+Entrée enregistre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>Modifier le texte de la carte</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc keeps what you typed and takes back a card left empty.</source>
            <translation>Entrée (Ctrl+Entrée dans la description) ou un clic ailleurs garde le texte ; Échap garde ce que vous avez tapé et retire une carte laissée vide.</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc puts the card's text back as it was.</source>
            <translation>Entrée (Ctrl+Entrée dans la description) ou un clic ailleurs garde le texte ; Échap rétablit le texte de la carte tel qu’il était.</translation>
        </message>
        <message>
            <source>Enter saves · Tab: description</source>
            <translation>Entrée enregistre · Tab : description</translation>
        </message>
        <message>
            <source>Esc cancels</source>
            <translation>Échap annule</translation>
        </message>
        <message>
            <source>Esc closes</source>
            <translation>Échap ferme</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>Add card</source>
            <translation>Ajouter une carte</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Ajouter une courbe d’émotion</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Ajouter une persona</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Ajouter une phase</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Supprimer les cartes</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Import survey metrics</source>
            <translation>Importer les indicateurs d’enquête</translation>
        </message>
        <message>
            <source>Keep their value</source>
            <translation>Garder leur valeur</translation>
        </message>
        <message>
            <source>Link cards</source>
            <translation>Lier les cartes</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>Déplacer les cartes</translation>
        </message>
        <message>
            <source>Move curve point</source>
            <translation>Déplacer le point de la courbe</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Déplacer la ligne</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Déplacer la phase</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Déplacer l’étape</translation>
        </message>
        <message>
            <source>Record conflict</source>
            <translation>Enregistrer le conflit</translation>
        </message>
        <message>
            <source>Remove emotion curve</source>
            <translation>Supprimer la courbe d’émotion</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Remove persona</source>
            <translation>Supprimer la persona</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Supprimer la phase</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Supprimer l’étape</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>Résoudre le conflit</translation>
        </message>
        <message>
            <source>Set metrics</source>
            <translation>Définir les indicateurs</translation>
        </message>
        <message>
            <source>Unlink cards</source>
            <translation>Délier les cartes</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>&lt;b&gt;cjdesigner hit an unexpected error.&lt;/b&gt;</source>
            <translation>&lt;b&gt;cjdesigner a rencontré une erreur inattendue.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>You can keep working. If something looks wrong, save and restart.</source>
            <translation>Vous pouvez continuer à travailler. Si quelque chose semble anormal, enregistrez et redémarrez.</translation>
        </message>
        <message numerus="yes">
            <source>Your work is safe: a recovery copy of every open map was written (%n file(s)). You can keep working; saving now is a good idea.</source>
            <translation>
                <numerusform>Votre travail est en sécurité : une copie de récupération de chaque carte ouverte a été écrite (%n fichier). Vous pouvez continuer ; il serait bon d’enregistrer maintenant.</numerusform>
                <numerusform>Votre travail est en sécurité : une copie de récupération de chaque carte ouverte a été écrite (%n fichiers). Vous pouvez continuer ; il serait bon d’enregistrer maintenant.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source> at {scale:.0%}</source>
            <translation> à {scale:.0%}</translation>
        </message>
        <message>
            <source> run it the other way (--orientation {other}),</source>
            <translation> tournez-la dans l’autre sens (--orientation {other}),</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) did not fit on their cards: marked →1…→{count} on the poster, their whole text is in the appendix after it</source>
            <translation>
                <numerusform>%n carte ne tenait pas sur sa carte : marquée →1…→{count} sur l’affiche, son texte complet est dans l’annexe qui suit</numerusform>
                <numerusform>%n cartes ne tenaient pas sur leurs cartes : marquées →1…→{count} sur l’affiche, leur texte complet est dans l’annexe qui suit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) cannot be printed with the fonts installed and show as empty boxes: {named}; {font} would print them (Debian/Ubuntu: sudo apt install {package})</source>
            <translation>
                <numerusform>%n caractère ne peut pas être imprimé avec les polices installées et s’affiche comme une case vide : {named} ; {font} l’imprimerait (Debian/Ubuntu : sudo apt install {package})</numerusform>
                <numerusform>%n caractères ne peuvent pas être imprimés avec les polices installées et s’affichent comme des cases vides : {named} ; {font} les imprimerait (Debian/Ubuntu : sudo apt install {package})</numerusform>
            </translation>
        </message>
        <message>
            <source>, or </source>
            <translation> ou </translation>
        </message>
        <message>
            <source>--paper auto chose --scale {percent} on {sheet} sheets</source>
            <translation>--paper auto a choisi --scale {percent} sur des feuilles {sheet}</translation>
        </message>
        <message>
            <source>--paper auto chose {choice}</source>
            <translation>--paper auto a choisi {choice}</translation>
        </message>
        <message>
            <source>--paper auto: a sheet the size of the map</source>
            <translation>--paper auto : une feuille de la taille de la carte</translation>
        </message>
        <message>
            <source>--paper auto: no sheet, roll or tiling prints the cards at the minimum size; printed on 4A0 (try --split stages)</source>
            <translation>--paper auto : aucune feuille, aucun rouleau ni découpage n’imprime les cartes à la taille minimale ; imprimé sur 4A0 (essayez --split stages)</translation>
        </message>
        <message numerus="yes">
            <source>--paper map --scale {percent} --tile A4 (%n sheet(s))</source>
            <translation>
                <numerusform>--paper map --scale {percent} --tile A4 (%n feuille)</numerusform>
                <numerusform>--paper map --scale {percent} --tile A4 (%n feuilles)</numerusform>
            </translation>
        </message>
        <message>
            <source>--paper roll:{width}mm ({length:.1f} m long)</source>
            <translation>--paper roll:{width}mm ({length:.1f} m de long)</translation>
        </message>
        <message>
            <source>--paper {name} (card text {size:.0f} pt)</source>
            <translation>--paper {name} (texte des cartes {size:.0f} pt)</translation>
        </message>
        <message>
            <source>--split stages (an overview and {count} stage pages on {paper}, card text {size:.0f} pt or more)</source>
            <translation>--split stages (une vue d’ensemble et {count} pages d’étapes sur {paper}, texte des cartes {size:.0f} pt ou plus)</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is larger than {paper}: it is cut off. Choose a larger sheet, fit to the sheet, or tile.</source>
            <translation>À {scale:.0%}, la carte est plus grande que {paper} : elle est coupée. Choisissez une feuille plus grande, ajustez à la feuille ou découpez-la.</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm tall, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>À {scale:.0%}, la carte mesure {size:.0f} mm de haut, mais un rouleau de {width:.0f} mm lui laisse {room:.0f} mm : ajustez-la au rouleau (sans --scale),{hint} choisissez un rouleau plus large ou découpez-la (--tile A4).</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm wide, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>À {scale:.0%}, la carte mesure {size:.0f} mm de large, mais un rouleau de {width:.0f} mm lui laisse {room:.0f} mm : ajustez-la au rouleau (sans --scale),{hint} choisissez un rouleau plus large ou découpez-la (--tile A4).</translation>
        </message>
        <message>
            <source>Bleed and crop marks are for a print shop's single sheet; tiled sheets carry cut and glue marks instead.</source>
            <translation>Le fond perdu et les traits de coupe sont pour la feuille unique d’un imprimeur ; les feuilles découpées portent à la place des repères de coupe et de collage.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read.</source>
            <translation>Le texte des cartes s’imprime en {body:.1f} pt (titres {title:.1f} pt), sous les {minimum} que ce format demande pour être lu.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read; what would work: {options}.</source>
            <translation>Le texte des cartes s’imprime en {body:.1f} pt (titres {title:.1f} pt), sous les {minimum} que ce format demande pour être lu ; ce qui irait : {options}.</translation>
        </message>
        <message>
            <source>Noto Sans for its script</source>
            <translation>Noto Sans pour son écriture</translation>
        </message>
        <message>
            <source>The map does not quite fit the {width:.0f} mm roll: it is cut off at the edge. Fit it to the roll or tile it.</source>
            <translation>La carte ne tient pas tout à fait sur le rouleau de {width:.0f} mm : elle est coupée au bord. Ajustez-la au rouleau ou découpez-la.</translation>
        </message>
        <message>
            <source>The sheet is {length:.0f} in long; PDF pages are normally at most 200 in, so it is written with UserUnit {uu:g} (PDF 1.6), which some viewers and print shops' RIPs ignore. Tiling (--tile A4) or the print shop's own splitting is safer.</source>
            <translation>La feuille mesure {length:.0f} pouces de long ; les pages PDF font d’ordinaire au plus 200 pouces, elle est donc écrite avec UserUnit {uu:g} (PDF 1.6), que certaines visionneuses et certains RIP d’imprimeurs ignorent. Le découpage (--tile A4) ou celui de l’imprimeur est plus sûr.</translation>
        </message>
        <message>
            <source>a CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>une police TrueType CJK (WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a CJK font with the supplementary ideographs</source>
            <translation>une police CJK avec les idéogrammes supplémentaires</translation>
        </message>
        <message>
            <source>a Korean or CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>une police TrueType coréenne ou CJK (WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a monochrome emoji font (Symbola)</source>
            <translation>une police d’emoji monochrome (Symbola)</translation>
        </message>
        <message>
            <source>a {width:.0f} mm roll is too narrow for a poster</source>
            <translation>un rouleau de {width:.0f} mm est trop étroit pour une affiche</translation>
        </message>
        <message>
            <source>not a text size: {text!r} (try 16 or 16/20, in points)</source>
            <translation>pas une taille de texte : {text!r} (essayez 16 ou 16/20, en points)</translation>
        </message>
        <message>
            <source>text sizes must lie between 4 and 200 pt, not {text!r}</source>
            <translation>les tailles de texte doivent être comprises entre 4 et 200 pt, pas {text!r}</translation>
        </message>
        <message>
            <source>the poster{at} would be {length:.1f} m long; the limit is {limit:.0f} m: choose a smaller --scale (100 = on-screen size) or a sheet size (--paper A0)</source>
            <translation>l’affiche{at} mesurerait {length:.1f} m de long ; la limite est {limit:.0f} m : choisissez une --scale plus petite (100 = taille à l’écran) ou un format de feuille (--paper A0)</translation>
        </message>
        <message>
            <source>the sheet is too small for a poster</source>
            <translation>la feuille est trop petite pour une affiche</translation>
        </message>
        <message>
            <source>{body:g} pt body / {title:g} pt titles</source>
            <translation>{body:g} pt pour le texte / {title:g} pt pour les titres</translation>
        </message>
        <message>
            <source>{message} (--strict)</source>
            <translation>{message} (--strict)</translation>
        </message>
        <message>
            <source>{named} and {count} more</source>
            <translation>{named} et {count} autres</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’export</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Exporté avec des avertissements</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>Export de {name}</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>{name} was not written:
{exc}</source>
            <translation>{name} n’a pas été écrit :
{exc}</translation>
        </message>
        <message>
            <source>“{name}” already exists in {parent}. Replace it?</source>
            <translation>« {name} » existe déjà dans {parent}. Le remplacer ?</translation>
        </message>
    </context>
    <context>
        <name>ExportOptions</name>
        <message>
            <source> dpi</source>
            <translation> ppp</translation>
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
            <translation>100 % imprime les cartes à leur taille à l’écran</translation>
        </message>
        <message>
            <source>3 mm bleed and crop marks (print shop)</source>
            <translation>Fond perdu de 3 mm et traits de coupe (imprimeur)</translation>
        </message>
        <message>
            <source>A named sheet, a roll, or a size such as 900x2000mm or 36x48in</source>
            <translation>Une feuille nommée, un rouleau ou une taille comme 900x2000mm ou 36x48in</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Blank wall template (grid and headers, no cards)</source>
            <translation>Modèle mural vierge (grille et en-têtes, sans cartes)</translation>
        </message>
        <message>
            <source>By format (16 pt on walls, 8 pt on desks)</source>
            <translation>Selon le format (16 pt au mur, 8 pt sur table)</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <source>Compact cards: titles and markers (an overview)</source>
            <translation>Cartes compactes : titres et repères (une vue d’ensemble)</translation>
        </message>
        <message>
            <source>Fixed scale</source>
            <translation>Échelle fixe</translation>
        </message>
        <message>
            <source>For a map too large for one readable sheet: the overview shows every card by its title, each stage's page shows its cards in full</source>
            <translation>Pour une carte trop grande pour une seule feuille lisible : la vue d’ensemble montre chaque carte par son titre, la page de chaque étape montre ses cartes en entier</translation>
        </message>
        <message>
            <source>Full cards</source>
            <translation>Cartes complètes</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Paysage</translation>
        </message>
        <message>
            <source>Longer than 200 in: written with UserUnit, which some viewers ignore; tiling is safer.</source>
            <translation>Plus de 200 in : écrit avec UserUnit, que certaines visionneuses ignorent ; la mosaïque est plus sûre.</translation>
        </message>
        <message>
            <source>Map size (fixed scale)</source>
            <translation>Taille de la carte (échelle fixe)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>One poster</source>
            <translation>Une seule affiche</translation>
        </message>
        <message>
            <source>One sheet</source>
            <translation>Une seule feuille</translation>
        </message>
        <message>
            <source>Only the part visible in the editor</source>
            <translation>Seulement la partie visible dans l’éditeur</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Overview, then a page per stage on the same paper</source>
            <translation>Vue d’ensemble, puis une page par étape sur le même papier</translation>
        </message>
        <message>
            <source>Overview, then an A3 booklet page per stage</source>
            <translation>Vue d’ensemble, puis une page de livret A3 par étape</translation>
        </message>
        <message>
            <source>Overview, then an A4 booklet page per stage</source>
            <translation>Vue d’ensemble, puis une page de livret A4 par étape</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Affiche</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Refuse to write a poster with text too small or cut short</source>
            <translation>Refuser d’écrire une affiche au texte trop petit ou tronqué</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <source>Roll {width} mm</source>
            <translation>Rouleau {width} mm</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (landscape); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>Feuille {width} × {height} mm (paysage) ; le texte des cartes s’imprime en {body} pt, les titres en {title} pt.</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (portrait); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>Feuille {width} × {height} mm (portrait) ; le texte des cartes s’imprime en {body} pt, les titres en {title} pt.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Smallest card text</source>
            <translation>Plus petit texte de carte</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Découpage</translation>
        </message>
        <message>
            <source>Squares for sticky notes in every cell of the blank template (across × down), each lane in its pad's colour</source>
            <translation>Des carrés pour les post-it dans chaque case du modèle vierge (en largeur × en hauteur), chaque ligne dans la couleur de son bloc</translation>
        </message>
        <message>
            <source>Sticky notes per cell</source>
            <translation>Post-it par case</translation>
        </message>
        <message>
            <source>The smallest card text the poster may print; titles get 1.25 × this. The summary says what would meet it.</source>
            <translation>Le plus petit texte de carte que l’affiche peut imprimer ; les titres font 1,25 × cette taille. Le résumé indique ce qui la respecterait.</translation>
        </message>
        <message>
            <source>The visible part</source>
            <translation>La partie visible</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>La carte entière</translation>
        </message>
        <message>
            <source>Then a page for each stage ({count}) on {sheet}, its cards in full.</source>
            <translation>Puis une page pour chaque étape ({count}) sur {sheet}, ses cartes en entier.</translation>
        </message>
        <message>
            <source>Tile onto {sheet}</source>
            <translation>Découper en {sheet}</translation>
        </message>
        <message>
            <source>With 3 mm bleed and crop marks.</source>
            <translation>Avec fond perdu de 3 mm et traits de coupe.</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>chevauchement</translation>
        </message>
        <message>
            <source>{count} sheets of {sheet} ({rows} rows × {columns} columns) and an assembly guide.</source>
            <translation>{count} feuilles {sheet} ({rows} rangées × {columns} colonnes) et un guide d’assemblage.</translation>
        </message>
        <message>
            <source>{label}: {text!r} is not a number</source>
            <translation>{label} : {text!r} n’est pas un nombre</translation>
        </message>
        <message>
            <source>{part} as scalable vector graphics ({width:.0f} × {height:.0f}).</source>
            <translation>{part} en graphique vectoriel adaptable ({width:.0f} × {height:.0f}).</translation>
        </message>
        <message>
            <source>{part}: {width:.0f} × {height:.0f} pixels at {dpi} dpi.</source>
            <translation>{part} : {width:.0f} × {height:.0f} pixels à {dpi} ppp.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Another colour…</source>
            <translation>Autre couleur…</translation>
        </message>
        <message>
            <source>Edit “{field}”</source>
            <translation>Modifier « {field} »</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>Aucune couleur</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>Several values</source>
            <translation>Plusieurs valeurs</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Awareness</source>
            <translation>Découverte</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Considération</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>Vécu</translation>
        </message>
        <message>
            <source>First step</source>
            <translation>Première étape</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Fidélité</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Rétention</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Parcours sans titre</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Carte sans titre</translation>
        </message>
        <message>
            <source>Untitled service blueprint</source>
            <translation>Plan de service sans titre</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source> ({count:,} digits, line {line}, column {column})</source>
            <translation> ({count:,} chiffres, ligne {line}, colonne {column})</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(niveau supérieur)</translation>
        </message>
        <message>
            <source>arrays ([…])</source>
            <translation>tableaux ([…])</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>illisible</translation>
        </message>
        <message>
            <source>cannot read ({reason})</source>
            <translation>lecture impossible ({reason})</translation>
        </message>
        <message>
            <source>contains merge conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); resolve the conflict first</source>
            <translation>contient des marqueurs de conflit de fusion (&lt;&lt;&lt;&lt;&lt;&lt;&lt;) ; résolvez d’abord le conflit</translation>
        </message>
        <message>
            <source>expected a JSON object, found {json_type_name}</source>
            <translation>objet JSON attendu, trouvé : {json_type_name}</translation>
        </message>
        <message>
            <source>expected a whole number, found {json_type_name}</source>
            <translation>nombre entier attendu, trouvé : {json_type_name}</translation>
        </message>
        <message>
            <source>expected {"step": STEP_ID, "value": NUMBER}</source>
            <translation>{"step": STEP_ID, "value": NUMBER} attendu</translation>
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation>est un dossier, pas un fichier de carte</translation>
        </message>
        <message>
            <source>is encoded as {name}; .cjm files are UTF-8</source>
            <translation>est encodé en {name} ; les fichiers .cjm sont en UTF-8</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte 0x{value:02x} on line {line}); .cjm files are UTF-8</source>
            <translation>n’est pas du texte UTF-8 (octet 0x{value:02x} à la ligne {line}) ; les fichiers .cjm sont en UTF-8</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>n’est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>missing: this does not look like a cjdesigner map (.cjm) file</source>
            <translation>absent : ceci ne ressemble pas à un fichier de carte cjdesigner (.cjm)</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>not a journey map: the JSON is nested too deeply</source>
            <translation>pas une carte de parcours : le JSON est trop profondément imbriqué</translation>
        </message>
        <message>
            <source>not saved, the map has problems: {why}</source>
            <translation>non enregistrée, la carte a des problèmes : {why}</translation>
        </message>
        <message>
            <source>not valid JSON: a number is too large{long_number}</source>
            <translation>JSON non valide : un nombre est trop grand{long_number}</translation>
        </message>
        <message>
            <source>not valid JSON: {reason} (line {line}, column {column})</source>
            <translation>JSON non valide : {reason} (ligne {line}, colonne {column})</translation>
        </message>
        <message>
            <source>not valid: the key {value!r} appears twice in one object</source>
            <translation>non valide : la clé {value!r} apparaît deux fois dans un même objet</translation>
        </message>
        <message>
            <source>objects ({…})</source>
            <translation>objets ({…})</translation>
        </message>
        <message>
            <source>permission denied (you may not read this file)</source>
            <translation>accès refusé (vous n’avez pas le droit de lire ce fichier)</translation>
        </message>
        <message>
            <source>second point for step {value!r}</source>
            <translation>deuxième point pour le pas {value!r}</translation>
        </message>
        <message>
            <source>the data is nested too deeply or too large</source>
            <translation>les données sont trop imbriquées ou trop volumineuses</translation>
        </message>
        <message>
            <source>the file ends too early; it may be truncated (line {line}, column {column})</source>
            <translation>le fichier se termine trop tôt ; il est peut-être tronqué (ligne {line}, colonne {column})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>this file was made by a newer cjdesigner (file format version {version}; this cjdesigner reads versions up to {SCHEMA_VERSION}). Update cjdesigner to open it.</source>
            <translation>ce fichier a été créé par un cjdesigner plus récent (version de format {version} ; ce cjdesigner lit les versions jusqu’à {SCHEMA_VERSION}). Mettez cjdesigner à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>too large to be a journey map ({size:.0f} MB; the limit is {limit} MB, enough for 100,000 cards)</source>
            <translation>trop volumineux pour une carte de parcours ({size:.0f} Mo ; la limite est de {limit} Mo, assez pour 100 000 cartes)</translation>
        </message>
        <message>
            <source>too large to be a journey map: {count:,} {what}, more than the {limit:,} that a map of 100,000 cards could need</source>
            <translation>trop volumineux pour une carte de parcours : {count:,} {what}, plus que les {limit:,} dont une carte de 100 000 cartes pourrait avoir besoin</translation>
        </message>
        <message>
            <source>too large to load into memory</source>
            <translation>trop volumineux pour être chargé en mémoire</translation>
        </message>
        <message>
            <source>unknown file format version {version} (oldest is {OLDEST_VERSION})</source>
            <translation>version de format inconnue {version} (la plus ancienne est {OLDEST_VERSION})</translation>
        </message>
        <message>
            <source>values</source>
            <translation>valeurs</translation>
        </message>
        <message>
            <source>{name}: {count:,} entries, more than the {limit:,} allowed</source>
            <translation>{name} : {count:,} entrées, plus que les {limit:,} autorisées</translation>
        </message>
        <message>
            <source>{path}: not valid text (a lone surrogate \u{code:04x}, half of a character)</source>
            <translation>{path} : texte non valide (un demi-caractère isolé \u{code:04x})</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path} : {problem}</translation>
        </message>
        <message>
            <source>{shown}: cannot save ({reason})</source>
            <translation>{shown} : enregistrement impossible ({reason})</translation>
        </message>
        <message>
            <source>{shown}: cannot save: it is a folder</source>
            <translation>{shown} : enregistrement impossible : c’est un dossier</translation>
        </message>
        <message>
            <source>{shown}: not overwritten, because the file there does not open as a journey map ({value}). Save under another name.</source>
            <translation>{shown} : non écrasé, car le fichier qui s’y trouve ne s’ouvre pas comme une carte de parcours ({value}). Enregistrez sous un autre nom.</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file changed on disk since it was opened or saved</source>
            <translation>{shown} : non enregistré : le fichier a changé sur le disque depuis son ouverture ou son enregistrement</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file is read-only; save under another name</source>
            <translation>{shown} : non enregistré : le fichier est en lecture seule ; enregistrez sous un autre nom</translation>
        </message>
        <message>
            <source>{shown}: not saved: the map holds a value that cannot be written ({exc})</source>
            <translation>{shown} : non enregistré : la carte contient une valeur qui ne peut pas être écrite ({exc})</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}</source>
            <translation>{shown} : non enregistré : {strerror}</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}; save under another name</source>
            <translation>{shown} : non enregistré : {strerror} ; enregistrez sous un autre nom</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source} : {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: {problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{source} : {problem} (et %n autre problème)</numerusform>
                <numerusform>{source} : {problem} (et %n autres problèmes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… et %n autre problème</numerusform>
                <numerusform>… et %n autres problèmes</numerusform>
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
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
        <message>
            <source>All cards</source>
            <translation>Toutes les cartes</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Fermer la barre de recherche</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>Filter by</source>
            <translation>Filtrer par</translation>
        </message>
        <message>
            <source>Filter value</source>
            <translation>Valeur du filtre</translation>
        </message>
        <message>
            <source>Find in cards</source>
            <translation>Rechercher dans les cartes</translation>
        </message>
        <message>
            <source>Find in cards…</source>
            <translation>Rechercher dans les cartes…</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Résultat suivant</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Résultat suivant (F3)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Résultat précédent</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Résultat précédent (Maj+F3)</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} sur {count}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Alt+Arrow keys</source>
            <translation>Alt+flèches</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Flèches</translation>
        </message>
        <message>
            <source>Card editor ▸ From title to description</source>
            <translation>Éditeur de carte ▸ Du titre à la description</translation>
        </message>
        <message>
            <source>Card editor ▸ Keep the text (Ctrl+Enter in the description)</source>
            <translation>Éditeur de carte ▸ Garder le texte (Ctrl+Entrée dans la description)</translation>
        </message>
        <message>
            <source>Card editor ▸ Put the text back (a new card keeps it)</source>
            <translation>Éditeur de carte ▸ Rétablir le texte (une nouvelle carte le garde)</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Ctrl+wheel</source>
            <translation>Ctrl+molette</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Suppr</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Échap</translation>
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
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Map ▸ Add a card in the cell; rename the selected header</source>
            <translation>Carte ▸ Ajouter une carte dans la cellule ; renommer l’en-tête choisi</translation>
        </message>
        <message>
            <source>Map ▸ Clear the selection; cancel a drag</source>
            <translation>Carte ▸ Effacer la sélection ; annuler un glisser</translation>
        </message>
        <message>
            <source>Map ▸ Delete the selected cards, header or curve</source>
            <translation>Carte ▸ Supprimer les cartes, l’en-tête ou la courbe choisis</translation>
        </message>
        <message>
            <source>Map ▸ Edit the selected card's text</source>
            <translation>Carte ▸ Modifier le texte de la carte choisie</translation>
        </message>
        <message>
            <source>Map ▸ Move between cells and cards</source>
            <translation>Carte ▸ Passer d’une cellule ou d’une carte à l’autre</translation>
        </message>
        <message>
            <source>Map ▸ Move the selected cards to the next cell</source>
            <translation>Carte ▸ Déplacer les cartes choisies vers la cellule voisine</translation>
        </message>
        <message>
            <source>Map ▸ Pan</source>
            <translation>Carte ▸ Faire défiler</translation>
        </message>
        <message>
            <source>Map ▸ Scroll sideways</source>
            <translation>Carte ▸ Défiler horizontalement</translation>
        </message>
        <message>
            <source>Map ▸ Select several cards</source>
            <translation>Carte ▸ Choisir plusieurs cartes</translation>
        </message>
        <message>
            <source>Map ▸ Up from the first row: step, then stage header; Left from the first column: lane header</source>
            <translation>Carte ▸ Vers le haut depuis la première ligne : en-tête d’étape, puis de phase ; vers la gauche depuis la première colonne : en-tête de couloir</translation>
        </message>
        <message>
            <source>Map ▸ Zoom</source>
            <translation>Carte ▸ Zoom</translation>
        </message>
        <message>
            <source>Shift+F6</source>
            <translation>Maj+F6</translation>
        </message>
        <message>
            <source>Shift+click, Ctrl+click</source>
            <translation>Maj+clic, Ctrl+clic</translation>
        </message>
        <message>
            <source>Shift+wheel</source>
            <translation>Maj+molette</translation>
        </message>
        <message>
            <source>Space+drag, middle drag</source>
            <translation>Espace+glisser, glisser avec le bouton du milieu</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Up / Left</source>
            <translation>Haut / Gauche</translation>
        </message>
        <message>
            <source>Window ▸ Back to the map from a panel</source>
            <translation>Fenêtre ▸ Revenir à la carte depuis un panneau</translation>
        </message>
        <message>
            <source>Window ▸ Next panel (map, outline, inspector…)</source>
            <translation>Fenêtre ▸ Panneau suivant (carte, plan, inspecteur…)</translation>
        </message>
        <message>
            <source>Window ▸ Previous panel</source>
            <translation>Fenêtre ▸ Panneau précédent</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no computed value (the workbook was written by a program that does not calculate) and read as empty; open and save it in Excel or LibreOffice first to compute them</source>
            <translation>
                <numerusform>%n cellule de formule sans valeur calculée (le classeur a été écrit par un programme qui ne calcule pas) a été lue comme vide ; ouvrez-le et enregistrez-le d’abord dans Excel ou LibreOffice pour la calculer</numerusform>
                <numerusform>%n cellules de formule sans valeur calculée (le classeur a été écrit par un programme qui ne calcule pas) ont été lues comme vides ; ouvrez-le et enregistrez-le d’abord dans Excel ou LibreOffice pour les calculer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s), nothing imported:
  {problems}</source>
            <translation>
                <numerusform>%n problème, rien n’a été importé :
  {problems}</numerusform>
                <numerusform>%n problèmes, rien n’a été importé :
  {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}</source>
            <translation>. L’en-tête est une seule cellule contenant des {found}, mais les lignes ont été lues comme séparées par des {used} : séparez chaque ligne par des {found}</translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}, or add a first line sep={separator}</source>
            <translation>. L’en-tête est une seule cellule contenant des {found}, mais les lignes ont été lues comme séparées par des {used} : séparez chaque ligne par des {found}, ou ajoutez une première ligne sep={separator}</translation>
        </message>
        <message>
            <source>. The header is one quoted cell; remove the quotes around the header row</source>
            <translation>. L’en-tête est une seule cellule entre guillemets ; retirez les guillemets autour de la ligne d’en-tête</translation>
        </message>
        <message>
            <source>a tag is longer than {limit} characters</source>
            <translation>une étiquette dépasse {limit} caractères</translation>
        </message>
        <message>
            <source>cannot read workbooks safely: the defusedxml package is missing</source>
            <translation>impossible de lire les classeurs en sécurité : le paquet defusedxml manque</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>virgules</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is not a number</source>
            <translation>l’émotion {emotion!r} n’est pas un nombre</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is outside the scale −2…+2</source>
            <translation>l’émotion {emotion!r} est hors de l’échelle −2…+2</translation>
        </message>
        <message>
            <source>evidence basis</source>
            <translation>type de preuve</translation>
        </message>
        <message>
            <source>evidence {evidence_text!r} is not one of observed, assumed, proposed</source>
            <translation>la preuve {evidence_text!r} n’est pas l’une de observed, assumed, proposed</translation>
        </message>
        <message>
            <source>ignored cells beyond the last column in row(s) {too_wide}</source>
            <translation>cellules au-delà de la dernière colonne ignorées à la ou aux lignes {too_wide}</translation>
        </message>
        <message>
            <source>ignored column {name!r}: the {column!r} column is {chosen!r}</source>
            <translation>colonne {name!r} ignorée : la colonne {column!r} est {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the hidden sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>feuille masquée {title!r} ignorée ; les cartes sont lues depuis {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>feuille {title!r} ignorée ; les cartes sont lues depuis {chosen!r}</translation>
        </message>
        <message numerus="yes">
            <source>ignored unknown column(s) {names} (known columns: {known})</source>
            <translation>
                <numerusform>colonne inconnue {names} ignorée (colonnes connues : {known})</numerusform>
                <numerusform>colonnes inconnues {names} ignorées (colonnes connues : {known})</numerusform>
            </translation>
        </message>
        <message>
            <source>journey kind</source>
            <translation>type de parcours</translation>
        </message>
        <message>
            <source>kind of item</source>
            <translation>type d’élément</translation>
        </message>
        <message>
            <source>lane is empty</source>
            <translation>le couloir est vide</translation>
        </message>
        <message>
            <source>lane kind</source>
            <translation>type de couloir</translation>
        </message>
        <message>
            <source>lane_kind {kind!r} is not a lane kind (use one of: {kinds})</source>
            <translation>lane_kind {kind!r} n’est pas un type de couloir (utilisez l’un de : {kinds})</translation>
        </message>
        <message>
            <source>map type</source>
            <translation>type de carte</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>mesure</translation>
        </message>
        <message>
            <source>more than {limit:,} rows; split the file</source>
            <translation>plus de {limit:,} lignes ; scindez le fichier</translation>
        </message>
        <message>
            <source>no cards: the file has a header row but no data rows</source>
            <translation>aucune carte : le fichier a une ligne d’en-tête mais aucune ligne de données</translation>
        </message>
        <message>
            <source>not valid UTF-16 ({reason})</source>
            <translation>UTF-16 non valide ({reason})</translation>
        </message>
        <message>
            <source>not valid UTF-8 after the byte-order mark ({reason})</source>
            <translation>UTF-8 non valide après l’indicateur d’ordre des octets ({reason})</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>nothing imported: the map could not be saved, {problem}; split the file into smaller ones</source>
            <translation>rien n’a été importé : la carte ne pourrait pas être enregistrée, {problem} ; scindez le fichier en plus petits</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motif</translation>
        </message>
        <message>
            <source>row {row}: lane {lane!r} is {kind!r} here but {other_kind!r} in row {other_row}</source>
            <translation>ligne {row} : le couloir {lane!r} est {kind!r} ici mais {other_kind!r} à la ligne {other_row}</translation>
        </message>
        <message numerus="yes">
            <source>row {row}: missing required column(s) {missing}; the header row must name at least {required} (found: {found}){hint}</source>
            <translation>
                <numerusform>ligne {row} : la colonne obligatoire {missing} manque ; la ligne d’en-tête doit nommer au moins {required} (trouvé : {found}){hint}</numerusform>
                <numerusform>ligne {row} : les colonnes obligatoires {missing} manquent ; la ligne d’en-tête doit nommer au moins {required} (trouvé : {found}){hint}</numerusform>
            </translation>
        </message>
        <message>
            <source>row {row}: the column {key!r} appears twice</source>
            <translation>ligne {row} : la colonne {key!r} apparaît deux fois</translation>
        </message>
        <message>
            <source>row {row}: unreadable CSV ({exc})</source>
            <translation>ligne {row} : CSV illisible ({exc})</translation>
        </message>
        <message>
            <source>row {row}: {problem}</source>
            <translation>ligne {row} : {problem}</translation>
        </message>
        <message>
            <source>row {row}{where}: a quoted cell is never closed: its opening quote (") has no closing quote, so the rows after it would be read as part of that cell; add the missing quote</source>
            <translation>ligne {row}{where} : une cellule entre guillemets n’est jamais fermée : son guillemet ouvrant (") n’a pas de guillemet fermant, donc les lignes suivantes seraient lues comme faisant partie de cette cellule ; ajoutez le guillemet manquant</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>points-virgules</translation>
        </message>
        <message>
            <source>sheet 'Map'</source>
            <translation>feuille 'Map'</translation>
        </message>
        <message>
            <source>sheet {sheet!r} row {row}</source>
            <translation>feuille {sheet!r} ligne {row}</translation>
        </message>
        <message>
            <source>sheet {title!r} has more than {limit:,} rows</source>
            <translation>la feuille {title!r} a plus de {limit:,} lignes</translation>
        </message>
        <message>
            <source>sheet {title!r} has no header row naming the column {key!r} (its columns are: {columns})</source>
            <translation>la feuille {title!r} n’a pas de ligne d’en-tête nommant la colonne {key!r} (ses colonnes sont : {columns})</translation>
        </message>
        <message>
            <source>sheet {title!r}: skipped {at} row(s) above the header row (titles or notes)</source>
            <translation>feuille {title!r} : {at} ligne(s) au-dessus de la ligne d’en-tête ignorée(s) (titres ou notes)</translation>
        </message>
        <message>
            <source>sheet {title!r}: {problem}</source>
            <translation>feuille {title!r} : {problem}</translation>
        </message>
        <message>
            <source>skipped row(s) {no_card}: nothing in the card columns</source>
            <translation>ligne(s) {no_card} ignorée(s) : rien dans les colonnes des cartes</translation>
        </message>
        <message>
            <source>skipped {header_at} blank row(s) before the header</source>
            <translation>{header_at} ligne(s) vide(s) ignorée(s) avant l’en-tête</translation>
        </message>
        <message>
            <source>stage is empty</source>
            <translation>l’étape est vide</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabulations</translation>
        </message>
        <message>
            <source>the cards do not make a valid map: {reason}</source>
            <translation>les cartes ne forment pas une carte valide : {reason}</translation>
        </message>
        <message>
            <source>the file has no header row</source>
            <translation>le fichier n’a pas de ligne d’en-tête</translation>
        </message>
        <message>
            <source>the file is empty; expected a header row naming at least {required}</source>
            <translation>le fichier est vide ; une ligne d’en-tête nommant au moins {required} était attendue</translation>
        </message>
        <message>
            <source>the workbook</source>
            <translation>le classeur</translation>
        </message>
        <message>
            <source>the workbook cannot be read ({reason})</source>
            <translation>le classeur est illisible ({reason})</translation>
        </message>
        <message>
            <source>the workbook has a {sheet} sheet but no {missing}; a whole map needs Stages, Steps and Lanes (or give only a Cards sheet)</source>
            <translation>le classeur a une feuille {sheet} mais pas de {missing} ; une carte complète demande Stages, Steps et Lanes (ou ne donnez qu’une feuille Cards)</translation>
        </message>
        <message>
            <source>the workbook has no Cards sheet: the map has no cards</source>
            <translation>le classeur n’a pas de feuille Cards : la carte n’a pas de cartes</translation>
        </message>
        <message>
            <source>the workbook has no Map sheet: the title is the file name</source>
            <translation>le classeur n’a pas de feuille Map : le titre est le nom du fichier</translation>
        </message>
        <message>
            <source>the workbook has no visible sheet</source>
            <translation>le classeur n’a aucune feuille visible</translation>
        </message>
        <message>
            <source>the workbook has {count:,} parts; too many to be a map</source>
            <translation>le classeur a {count:,} parties ; trop pour être une carte</translation>
        </message>
        <message>
            <source>the workbook is damaged ({exc})</source>
            <translation>le classeur est endommagé ({exc})</translation>
        </message>
        <message>
            <source>the workbook unpacks to {unpacked:,} bytes; too large to be a map</source>
            <translation>le classeur se décompresse en {unpacked:,} octets ; trop volumineux pour être une carte</translation>
        </message>
        <message>
            <source>this is a text file, not an Excel workbook; a card list in CSV form needs a file name ending in .csv</source>
            <translation>ceci est un fichier texte, pas un classeur Excel ; une liste de cartes au format CSV demande un nom de fichier se terminant par .csv</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file</source>
            <translation>ceci est {what}, pas un fichier CSV</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file; import it as a workbook (a file name ending in .xlsx)</source>
            <translation>ceci est {what}, pas un fichier CSV ; importez-le comme classeur (un nom de fichier se terminant par .xlsx)</translation>
        </message>
        <message>
            <source>this is {what}, not an Excel workbook</source>
            <translation>ceci est {what}, pas un classeur Excel</translation>
        </message>
        <message>
            <source>this is {what}; save it as an Excel workbook (.xlsx) and import that</source>
            <translation>ceci est {what} ; enregistrez-le comme classeur Excel (.xlsx) et importez celui-ci</translation>
        </message>
        <message>
            <source>too large for a card list ({count:,} bytes)</source>
            <translation>trop volumineux pour une liste de cartes ({count:,} octets)</translation>
        </message>
        <message>
            <source>too large for a workbook of a map ({count:,} bytes)</source>
            <translation>trop volumineux pour le classeur d’une carte ({count:,} octets)</translation>
        </message>
        <message>
            <source>{column} is longer than {limit} characters</source>
            <translation>{column} dépasse {limit} caractères</translation>
        </message>
        <message>
            <source>{path}: cannot read ({reason})</source>
            <translation>{path} : lecture impossible ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write ({reason})</source>
            <translation>{path} : écriture impossible ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write: it is a folder</source>
            <translation>{path} : écriture impossible : c’est un dossier</translation>
        </message>
        <message>
            <source>{path}: too large for a card list ({size:,} bytes)</source>
            <translation>{path} : trop volumineux pour une liste de cartes ({size:,} octets)</translation>
        </message>
        <message>
            <source>{path}: too large for a workbook of a map ({size:,} bytes)</source>
            <translation>{path} : trop volumineux pour le classeur d’une carte ({size:,} octets)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path} : {problem}</translation>
        </message>
        <message>
            <source>{sheet} sheet</source>
            <translation>feuille {sheet}</translation>
        </message>
        <message>
            <source>{text!r} is not a clock time such as 07:30</source>
            <translation>{text!r} n’est pas une heure comme 07:30</translation>
        </message>
        <message>
            <source>{text!r} is not a {what} (use one of: {choices})</source>
            <translation>{text!r} n’est pas un {what} valide (utilisez l’un de : {choices})</translation>
        </message>
        <message>
            <source>{value!r} is neither yes nor no</source>
            <translation>{value!r} n’est ni oui ni non</translation>
        </message>
        <message>
            <source>{value!r} is not JSON</source>
            <translation>{value!r} n’est pas du JSON</translation>
        </message>
        <message>
            <source>{value!r} is not a number</source>
            <translation>{value!r} n’est pas un nombre</translation>
        </message>
        <message>
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} n’est pas un nombre entier</translation>
        </message>
        <message>
            <source>{where}, metric: empty (CSAT, CES or NPS)</source>
            <translation>{where}, metric : vide (CSAT, CES ou NPS)</translation>
        </message>
        <message>
            <source>{where}, score: empty</source>
            <translation>{where}, score : vide</translation>
        </message>
        <message>
            <source>{where}, step_id: no step with id {step_id!r}</source>
            <translation>{where}, step_id : aucun pas avec l’id {step_id!r}</translation>
        </message>
        <message>
            <source>{where}, {column}: {problem}</source>
            <translation>{where}, {column} : {problem}</translation>
        </message>
        <message>
            <source>{where}: ignored the unknown field {key!r}</source>
            <translation>{where} : champ inconnu {key!r} ignoré</translation>
        </message>
        <message>
            <source>{where}: no curve with id {curve!r} in the Curves sheet</source>
            <translation>{where} : aucune courbe avec l’id {curve!r} dans la feuille Curves</translation>
        </message>
        <message>
            <source>{where}: no lane titled {lane!r} in the Lanes sheet; name one or give a lane_id</source>
            <translation>{where} : aucun couloir intitulé {lane!r} dans la feuille Lanes ; nommez-en un ou donnez un lane_id</translation>
        </message>
        <message>
            <source>{where}: no stage named {stage!r} in the Stages sheet</source>
            <translation>{where} : aucune étape nommée {stage!r} dans la feuille Stages</translation>
        </message>
        <message>
            <source>{where}: no stage with id {stage!r} in the Stages sheet</source>
            <translation>{where} : aucune étape avec l’id {stage!r} dans la feuille Stages</translation>
        </message>
        <message>
            <source>{where}: no step {step!r} in stage {stage!r} (Steps sheet); name them or give a step_id</source>
            <translation>{where} : aucun pas {step!r} dans l’étape {stage!r} (feuille Steps) ; nommez-les ou donnez un step_id</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <source>… and {count:,} more</source>
            <translation>… et {count:,} autres</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> of 5</source>
            <translation> sur 5</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n étape</numerusform>
                <numerusform>%n étapes</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation>(carte sans titre)</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Cellule</translation>
        </message>
        <message>
            <source>Changes apply to every selected card.</source>
            <translation>Les modifications s’appliquent à toutes les cartes sélectionnées.</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Click a card, a stage, a step, a lane or the emotion curve to edit it here. Double-click an empty cell to add a card.</source>
            <translation>Cliquez sur une carte, une phase, une étape, une ligne ou la courbe d’émotion pour la modifier ici. Double-cliquez sur une cellule vide pour ajouter une carte.</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Clock time as HH:MM, e.g. 07:30</source>
            <translation>Heure au format HH:MM, par ex. 07:30</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>Supprimer la courbe</translation>
        </message>
        <message>
            <source>Derived from the cards' mean</source>
            <translation>Déduits de la moyenne des cartes</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Difference per step</source>
            <translation>Écart par étape</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Edit emotion scale</source>
            <translation>Modifier l’échelle d’émotion</translation>
        </message>
        <message>
            <source>Edit links</source>
            <translation>Modifier les liens</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Émotion</translation>
        </message>
        <message>
            <source>Empty cell</source>
            <translation>Cellule vide</translation>
        </message>
        <message>
            <source>Empty steps</source>
            <translation>Étapes vides</translation>
        </message>
        <message>
            <source>Every step met or beat what was expected.</source>
            <translation>Chaque étape a atteint ou dépassé ce qui était attendu.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Expected against experienced</source>
            <translation>Attendu face au vécu</translation>
        </message>
        <message>
            <source>Expected, experienced…</source>
            <translation>Attendu, vécu…</translation>
        </message>
        <message>
            <source>Experienced minus expected at each step; click to show the step</source>
            <translation>Vécu moins attendu à chaque étape ; cliquez pour afficher l’étape</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>Suit</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Le plus haut</translation>
        </message>
        <message>
            <source>Highest must be above lowest, with 2–21 levels</source>
            <translation>Le plus haut doit dépasser le plus bas, avec 2 à 21 niveaux</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>In stage {name}</source>
            <translation>Dans la phase {name}</translation>
        </message>
        <message>
            <source>Interview, survey, analytics…</source>
            <translation>Entretien, enquête, analytique…</translation>
        </message>
        <message>
            <source>Its points</source>
            <translation>Ses points</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveaux</translation>
        </message>
        <message>
            <source>Levels run from lowest to highest, one per line. Changing the range moves the curve's points with it.</source>
            <translation>Les niveaux vont du plus bas au plus haut, un par ligne. Changer la plage déplace les points de la courbe avec elle.</translation>
        </message>
        <message>
            <source>Link to card…</source>
            <translation>Lier à une carte…</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Le plus bas</translation>
        </message>
        <message>
            <source>Metrics: one a line, such as “CSAT 82 % · n = 45 · 69 to 90” (CSAT per cent satisfied, CES 1–7, NPS −100…100; n answers; 95 % interval). `cjdesigner metrics` fills them from survey answers.</source>
            <translation>Indicateurs : un par ligne, par exemple « CSAT 82 % · n = 45 · 69 to 90 » (CSAT en pourcentage de satisfaits, CES 1–7, NPS −100…100 ; n réponses ; intervalle à 95 %). `cjdesigner metrics` les remplit à partir des réponses d’enquête.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Aucune sélection</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Path or URL</source>
            <translation>Chemin ou URL</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove this emotion curve from the map (Undo brings it back)</source>
            <translation>Retirer cette courbe d’émotion de la carte (Annuler la rétablit)</translation>
        </message>
        <message>
            <source>Reset curve</source>
            <translation>Réinitialiser la courbe</translation>
        </message>
        <message>
            <source>Reset points to card emotions</source>
            <translation>Recaler les points sur les émotions des cartes</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Steps to improve first; click to show the step</source>
            <translation>Étapes à améliorer d’abord ; cliquez pour afficher l’étape</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>The lowest moments of this curve. Label another curve of the same persona “Expected” to rank the steps by the gap instead.</source>
            <translation>Les moments les plus bas de cette courbe. Nommez « Attendu » une autre courbe du même persona pour classer plutôt les étapes selon l’écart.</translation>
        </message>
        <message>
            <source>The steps that fell furthest below what was expected.</source>
            <translation>Les étapes restées le plus en deçà de ce qui était attendu.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ce qui se passe</translation>
        </message>
        <message>
            <source>Where to act first</source>
            <translation>Où agir en premier</translation>
        </message>
        <message>
            <source>as expected</source>
            <translation>comme attendu</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>séparés, par des virgules</translation>
        </message>
        <message>
            <source>{experienced} against {expected}: the shaded band on the map is the gap.</source>
            <translation>{experienced} face à {expected} : la bande ombrée sur la carte est l’écart.</translation>
        </message>
        <message>
            <source>{stage} › {step}: expected {expected}, experienced {experienced}</source>
            <translation>{stage} › {step} : attendu {expected}, vécu {experienced}</translation>
        </message>
        <message>
            <source>{step}  ·  {gap} below expected</source>
            <translation>{step}  ·  {gap} sous l’attendu</translation>
        </message>
        <message numerus="yes">
            <source>{where}

%n card(s) here. Arrow keys pick a card; Enter adds another one.</source>
            <translation>
                <numerusform>{where}

%n carte ici. Les flèches choisissent une carte ; Entrée en ajoute une autre.</numerusform>
                <numerusform>{where}

%n cartes ici. Les flèches choisissent une carte ; Entrée en ajoute une autre.</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}

Press Enter or double-click to add a card here.</source>
            <translation>{where}

Appuyez sur Entrée ou double-cliquez pour ajouter une carte ici.</translation>
        </message>
    </context>
    <context>
        <name>Interactions</name>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Déplacer %n carte</numerusform>
                <numerusform>Déplacer %n cartes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{title}: stopping…</source>
            <translation>{title} : arrêt en cours…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (read-only)</source>
            <translation> (lecture seule)</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>%n carte sélectionnée</numerusform>
                <numerusform>%n cartes sélectionnées</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About {APP_NAME}</source>
            <translation>À &amp;propos de {APP_NAME}</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>Taille &amp;réelle</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;Carte</translation>
        </message>
        <message>
            <source>&amp;Close Map</source>
            <translation>&amp;Fermer la carte</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Emotion Curve</source>
            <translation>Courbe d’é&amp;motion</translation>
        </message>
        <message>
            <source>&amp;Export Poster…</source>
            <translation>&amp;Exporter l’affiche…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Find and Filter…</source>
            <translation>&amp;Rechercher et filtrer…</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;Ajuster la carte</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Insertion</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>&amp;Ligne</translation>
        </message>
        <message>
            <source>&amp;New Map</source>
            <translation>&amp;Nouvelle carte</translation>
        </message>
        <message>
            <source>&amp;Next Map</source>
            <translation>Carte &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Panneaux</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <source>&amp;Persona</source>
            <translation>&amp;Persona</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>Mode &amp;présentation</translation>
        </message>
        <message>
            <source>&amp;Previous Map</source>
            <translation>Carte &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>&amp;Revenir à la version enregistrée</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Phase</translation>
        </message>
        <message>
            <source>&amp;Start Page</source>
            <translation>Page d’&amp;accueil</translation>
        </message>
        <message>
            <source>&amp;Stop Timer</source>
            <translation>&amp;Arrêter le minuteur</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>Fe&amp;nêtre</translation>
        </message>
        <message>
            <source>A future-state map made from this one, compared with it</source>
            <translation>Une carte de l’état futur créée à partir de celle-ci et comparée avec elle</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>À propos de {APP_NAME}</translation>
        </message>
        <message>
            <source>Add a &amp;Vote</source>
            <translation>Ajouter un &amp;vote</translation>
        </message>
        <message>
            <source>Add a card in the current cell</source>
            <translation>Ajouter une carte dans la cellule courante</translation>
        </message>
        <message>
            <source>Add a lane below the selected one</source>
            <translation>Ajouter une ligne sous celle sélectionnée</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Ajouter une persona</translation>
        </message>
        <message>
            <source>Add a stage after the selected one</source>
            <translation>Ajouter une phase après celle sélectionnée</translation>
        </message>
        <message>
            <source>Add a step after the selected one</source>
            <translation>Ajouter une étape après celle sélectionnée</translation>
        </message>
        <message>
            <source>Add another emotion curve</source>
            <translation>Ajouter une autre courbe d’émotion</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Toutes les modifications sont enregistrées</translation>
        </message>
        <message>
            <source>Both versions step by step in one map (Now and Future lanes), to print</source>
            <translation>Les deux versions étape par étape dans une seule carte (lignes Actuel et Futur), à imprimer</translation>
        </message>
        <message>
            <source>Clear Recent</source>
            <translation>Effacer la liste</translation>
        </message>
        <message>
            <source>Close map</source>
            <translation>Fermer la carte</translation>
        </message>
        <message>
            <source>Close this map</source>
            <translation>Fermer cette carte</translation>
        </message>
        <message>
            <source>Close {name}</source>
            <translation>Fermer {name}</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>Co&amp;mparer</translation>
        </message>
        <message>
            <source>Compare the map with another version first (View › Compare).</source>
            <translation>Comparez d’abord la carte avec une autre version (Affichage › Comparer).</translation>
        </message>
        <message>
            <source>Compare with &amp;File…</source>
            <translation>Comparer avec un &amp;fichier…</translation>
        </message>
        <message>
            <source>Compare with &amp;Last Saved</source>
            <translation>Comparer avec le &amp;dernier enregistrement</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Count down {minutes} minutes in the status bar</source>
            <translation>Décompter {minutes} minutes dans la barre d’état</translation>
        </message>
        <message>
            <source>Create &amp;Future State</source>
            <translation>Créer l’état &amp;futur</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <source>Drop unsaved changes</source>
            <translation>Abandonner les modifications non enregistrées</translation>
        </message>
        <message>
            <source>Emotion curve selected</source>
            <translation>Courbe d’émotion sélectionnée</translation>
        </message>
        <message>
            <source>Export &amp;As</source>
            <translation>Exporter &amp;sous</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>Exporter en C&amp;SV…</translation>
        </message>
        <message>
            <source>Export a PDF poster</source>
            <translation>Exporter une affiche PDF</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>Plein é&amp;cran</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Rechercher le &amp;suivant</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Rechercher le &amp;précédent</translation>
        </message>
        <message>
            <source>Find cards; filter by channel, owner, tag or evidence</source>
            <translation>Rechercher des cartes ; filtrer par canal, responsable, étiquette ou source</translation>
        </message>
        <message>
            <source>Import &amp;CSV or Excel…</source>
            <translation>Importer un &amp;CSV ou Excel…</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
        <message>
            <source>Lane selected</source>
            <translation>Ligne sélectionnée</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Map too large to keep safe</source>
            <translation>Carte trop grande pour être sauvegardée en sécurité</translation>
        </message>
        <message>
            <source>Mark what changed against another map file</source>
            <translation>Signaler ce qui a changé par rapport à un autre fichier de carte</translation>
        </message>
        <message>
            <source>Mark what changed since the map was last saved</source>
            <translation>Signaler ce qui a changé depuis le dernier enregistrement de la carte</translation>
        </message>
        <message>
            <source>New &amp;Empty Map</source>
            <translation>Nouvelle carte &amp;vide</translation>
        </message>
        <message>
            <source>New Service &amp;Blueprint</source>
            <translation>Nouveau &amp;plan de service</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>Nouvelle à partir d’un &amp;modèle</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Aucune carte récente</translation>
        </message>
        <message>
            <source>No templates installed</source>
            <translation>Aucun modèle installé</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Pas encore enregistrée</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Aucune sélection</translation>
        </message>
        <message>
            <source>One more vote for each selected card</source>
            <translation>Un vote de plus pour chaque carte sélectionnée</translation>
        </message>
        <message>
            <source>One vote less for each selected card</source>
            <translation>Un vote de moins pour chaque carte sélectionnée</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>Open Comparison &amp;Map</source>
            <translation>Ouvrir la carte de co&amp;mparaison</translation>
        </message>
        <message>
            <source>Open a map file</source>
            <translation>Ouvrir un fichier de carte</translation>
        </message>
        <message>
            <source>Open cards or a whole map from a spreadsheet</source>
            <translation>Ouvrir des cartes ou une carte entière depuis un tableur</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Page Set&amp;up…</source>
            <translation>Mise en &amp;page…</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Poster export is not installed</source>
            <translation>L’export d’affiches n’est pas installé</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>Pré&amp;férences…</translation>
        </message>
        <message>
            <source>Print &amp;Tiled…</source>
            <translation>Imprimer en &amp;mosaïque…</translation>
        </message>
        <message>
            <source>Print the poster across several sheets to tape together</source>
            <translation>Imprimer l’affiche sur plusieurs feuilles à assembler</translation>
        </message>
        <message>
            <source>Print the poster on one page of the printer's paper</source>
            <translation>Imprimer l’affiche sur une page du papier de l’imprimante</translation>
        </message>
        <message>
            <source>Printer, paper, orientation and margins for printing</source>
            <translation>Imprimante, papier, orientation et marges pour l’impression</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorités</translation>
        </message>
        <message>
            <source>Quit cjdesigner</source>
            <translation>Quitter cjdesigner</translation>
        </message>
        <message>
            <source>Recent files, templates and recovered work</source>
            <translation>Fichiers récents, modèles et travail récupéré</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>É&amp;tape</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Save the map</source>
            <translation>Enregistrer la carte</translation>
        </message>
        <message>
            <source>Save the map under a new name</source>
            <translation>Enregistrer la carte sous un nouveau nom</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <source>Stage selected</source>
            <translation>Phase sélectionnée</translation>
        </message>
        <message>
            <source>Start a map with no stages, lanes or curves</source>
            <translation>Commencer une carte sans phases, couloirs ni courbes</translation>
        </message>
        <message>
            <source>Start a new customer journey: five stages and the usual lanes</source>
            <translation>Commencer un nouveau parcours client : cinq phases et les couloirs habituels</translation>
        </message>
        <message>
            <source>Start a service blueprint: customer actions over the frontstage, backstage and support layers</source>
            <translation>Commencer un plan de service : les actions du client au-dessus des couches visible, coulisses et support</translation>
        </message>
        <message>
            <source>Step selected</source>
            <translation>Étape sélectionnée</translation>
        </message>
        <message>
            <source>Stop &amp;Comparing</source>
            <translation>Arrêter la &amp;comparaison</translation>
        </message>
        <message>
            <source>Take Back a V&amp;ote</source>
            <translation>Retirer un v&amp;ote</translation>
        </message>
        <message>
            <source>The map alone, full screen, for a projector (Esc or F5 to leave)</source>
            <translation>La carte seule, en plein écran, pour un projecteur (Échap ou F5 pour quitter)</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>Le temps est écoulé</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barre d’outils</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Unsaved · recovery copy {stamp}</source>
            <translation>Non enregistrée · copie de récupération {stamp}</translation>
        </message>
        <message>
            <source>Workshop &amp;Timer</source>
            <translation>&amp;Minuteur d’atelier</translation>
        </message>
        <message>
            <source>Write the cards to a CSV file</source>
            <translation>Écrire les cartes dans un fichier CSV</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>Zoom {text}</source>
            <translation>Zoom {text}</translation>
        </message>
        <message>
            <source>cjdesigner keeps a copy of unsaved work and offers it back after a crash</source>
            <translation>cjdesigner garde une copie du travail non enregistré et la propose après un plantage</translation>
        </message>
        <message>
            <source>{APP_NAME} {version}

Customer journey maps and service blueprints, made offline, printed as wall-size posters.</source>
            <translation>{APP_NAME} {version}

Cartes du parcours client et blueprints de service, créés hors ligne, imprimés en affiches murales.</translation>
        </message>
        <message>
            <source>{display_name} is now {why}.

Neither a save nor the recovery copy could be opened again. Remove cards (or move some to another map) before you close it; exports still work.</source>
            <translation>{display_name} est maintenant {why}.

Ni un enregistrement ni la copie de récupération ne pourraient être rouverts. Retirez des cartes (ou déplacez-en vers une autre carte) avant de la fermer ; les exports fonctionnent toujours.</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minutes</translation>
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n courbe d’émotion</numerusform>
                <numerusform>%n courbes d’émotion</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
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
                <numerusform>%n phase</numerusform>
                <numerusform>%n phases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n étape</numerusform>
                <numerusform>%n étapes</numerusform>
            </translation>
        </message>
        <message>
            <source>A service blueprint shows what happens frontstage, backstage and in support processes, under the lines of interaction, visibility and internal interaction.</source>
            <translation>Un plan de service montre ce qui se passe en front office, en coulisses et dans les processus de support, sous les lignes d’interaction, de visibilité et d’interaction interne.</translation>
        </message>
        <message>
            <source>Add blueprint layers</source>
            <translation>Ajouter les couches du plan</translation>
        </message>
        <message>
            <source>Add the blueprint layers</source>
            <translation>Ajouter les couches du plan de service</translation>
        </message>
        <message>
            <source>Add {layers}</source>
            <translation>Ajouter {layers}</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Created {created}
Last saved {saved}</source>
            <translation>Créée le {created}
Dernier enregistrement {saved}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Map type</source>
            <translation>Type de carte</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>What this map is about, for whom and how far it reaches.</source>
            <translation>Le sujet de cette carte, pour qui, et jusqu’où elle va.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <source>v1, workshop 2…</source>
            <translation>v1, atelier 2…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Add card here</source>
            <translation>Ajouter une carte ici</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Add lane above</source>
            <translation>Ajouter une ligne au-dessus</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>Ajouter une ligne en dessous</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Ajouter une phase</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>Ajouter une phase après</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>Ajouter une phase avant</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Add step after</source>
            <translation>Ajouter une étape après</translation>
        </message>
        <message>
            <source>Add step before</source>
            <translation>Ajouter une étape avant</translation>
        </message>
        <message>
            <source>Clear curve point</source>
            <translation>Effacer le point de la courbe</translation>
        </message>
        <message>
            <source>Clear point (use the cards' mean)</source>
            <translation>Effacer le point (utiliser la moyenne des cartes)</translation>
        </message>
        <message>
            <source>Clock time…</source>
            <translation>Heure…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Couleur…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Couper</translation>
        </message>
        <message>
            <source>Default colour</source>
            <translation>Couleur par défaut</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>Supprimer la courbe</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>Modifier le texte</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>Type de ligne</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Supprimer la phase</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Supprimer l’étape</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
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
            <translation>chaque indicateur une seule fois par étape</translation>
        </message>
        <message>
            <source>not a metric line: {text!r} (e.g. CSAT 82 % · n = 45)</source>
            <translation>pas une ligne d’indicateur : {text!r} (par ex. CSAT 82 % · n = 45)</translation>
        </message>
        <message>
            <source>unknown metric {name!r}: CSAT, CES or NPS</source>
            <translation>indicateur inconnu {name!r} : CSAT, CES ou NPS</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
        <message>
            <source>+ Lane</source>
            <translation>+ Ligne</translation>
        </message>
        <message>
            <source>+ Stage</source>
            <translation>+ Phase</translation>
        </message>
        <message>
            <source>+ Step</source>
            <translation>+ Étape</translation>
        </message>
        <message>
            <source>Add a lane</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Add a stage</source>
            <translation>Ajouter une phase</translation>
        </message>
        <message>
            <source>Add a step to the selected stage</source>
            <translation>Ajouter une étape à la phase sélectionnée</translation>
        </message>
        <message>
            <source>Emotion curve: select it on the map; Remove deletes it</source>
            <translation>Courbe d’émotion : la choisir sur la carte ; Retirer la supprime</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Courbes d’émotion</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Nouvelle ligne</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove the selected stage, step, lane or curve</source>
            <translation>Retirer la phase, l’étape, le couloir ou la courbe choisi</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Renommer la ligne</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Renommer la phase</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Renommer l’étape</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Phases</translation>
        </message>
    </context>
    <context>
        <name>Personas</name>
        <message>
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>A picture in the map's folder is linked; one from elsewhere is embedded in the map, scaled down.</source>
            <translation>Une image du dossier de la carte est liée ; une image d'ailleurs est intégrée à la carte, réduite.</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Ajouter une persona</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Ajouter une courbe d’émotion</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Attach a curve…</source>
            <translation>Associer une courbe…</translation>
        </message>
        <message>
            <source>Attach curve</source>
            <translation>Associer la courbe</translation>
        </message>
        <message>
            <source>Attached: </source>
            <translation>Associées : </translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Comportements</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Difficultés</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Choisir une photo…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>Courbe {number}</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Courbes d’émotion</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>Vécu</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Revenus</translation>
        </message>
        <message>
            <source>Lists take one entry per line.</source>
            <translation>Les listes prennent une entrée par ligne.</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivations</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <source>New curve</source>
            <translation>Nouvelle courbe</translation>
        </message>
        <message>
            <source>No curve attached to this persona yet.</source>
            <translation>Aucune courbe n’est encore associée à cette persona.</translation>
        </message>
        <message>
            <source>No personas yet. A map is made for one or two primary personas.</source>
            <translation>Aucune persona pour l’instant. Une carte se fait pour une ou deux personas principales.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>Not shown: {reason}</source>
            <translation>Non affichée : {reason}</translation>
        </message>
        <message>
            <source>Not used: {reason}</source>
            <translation>Non utilisée : {reason}</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Principale</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Who the map is for; ★ marks a primary persona.</source>
            <translation>Pour qui est la carte ; ★ signale une persona principale.</translation>
        </message>
        <message>
            <source>Working parents in their 30s</source>
            <translation>Parents actifs trentenaires</translation>
        </message>
        <message>
            <source>＋ Add</source>
            <translation>＋ Ajouter</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} de plus</translation>
        </message>
        <message>
            <source>+{count} more (see the editor)</source>
            <translation>+{count} de plus (voir l’éditeur)</translation>
        </message>
        <message>
            <source>+{count} more (see the map)</source>
            <translation>+{count} de plus (voir la carte)</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Comportements</translation>
        </message>
        <message>
            <source>By {author}</source>
            <translation>Par {author}</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Difficultés</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Émotion</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Courbes d’émotion</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Filled: set · hollow: derived from cards</source>
            <translation>Plein : défini · creux : déduit des cartes</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>HOW TO READ THIS MAP</source>
            <translation>COMMENT LIRE CETTE CARTE</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Impact →</translation>
        </message>
        <message>
            <source>Moments that matter</source>
            <translation>Les moments qui comptent</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivations</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>Aucune preuve enregistrée</translation>
        </message>
        <message>
            <source>No low moments</source>
            <translation>Aucun moment difficile</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Pas encore de responsable</translation>
        </message>
        <message>
            <source>No votes or evidence yet</source>
            <translation>Pas encore de votes ni de preuves</translation>
        </message>
        <message>
            <source>Notes by lane</source>
            <translation>Notes par ligne</translation>
        </message>
        <message>
            <source>Observed rather than assumed</source>
            <translation>Observé plutôt que supposé</translation>
        </message>
        <message>
            <source>Observed: {count}</source>
            <translation>Observé : {count}</translation>
        </message>
        <message>
            <source>Owner: {owner}</source>
            <translation>Responsable : {owner}</translation>
        </message>
        <message>
            <source>Priorities (impact/effort)</source>
            <translation>Priorités (impact/effort)</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Blueprint de service</translation>
        </message>
        <message>
            <source>Stage {number} of {count}</source>
            <translation>Étape {number} sur {count}</translation>
        </message>
        <message>
            <source>Time runs left to right through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>Le temps s’écoule de gauche à droite à travers les phases et les étapes ; chaque rangée est une ligne de l’expérience. Plus haut sur la courbe, meilleur est le moment.</translation>
        </message>
        <message>
            <source>Time runs right to left through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>Le temps s’écoule de droite à gauche à travers les phases et les étapes ; chaque rangée est une ligne de l’expérience. Plus haut sur la courbe, meilleur est le moment.</translation>
        </message>
        <message>
            <source>Top opportunities</source>
            <translation>Principales opportunités</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Parcours sans titre</translation>
        </message>
        <message>
            <source>Updated {date}</source>
            <translation>Mis à jour le {date}</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Votes: {count}</source>
            <translation>Votes : {count}</translation>
        </message>
        <message>
            <source>Worst moments</source>
            <translation>Pires moments</translation>
        </message>
        <message>
            <source>hollow: derived from the cards' mean</source>
            <translation>creux : déduit de la moyenne des cartes</translation>
        </message>
        <message>
            <source>the cards' mean</source>
            <translation>moyenne des cartes</translation>
        </message>
        <message>
            <source>{kind} journey</source>
            <translation>Parcours : {kind}</translation>
        </message>
        <message>
            <source>{type} map</source>
            <translation>Carte : {type}</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>1 … 10, ten levels</source>
            <translation>1 … 10, dix niveaux</translation>
        </message>
        <message>
            <source>1 … 5, five levels</source>
            <translation>1 … 5, cinq niveaux</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>−1 … +1, three levels</source>
            <translation>−1 … +1, trois niveaux</translation>
        </message>
        <message>
            <source>−2 … +2, five levels</source>
            <translation>−2 … +2, cinq niveaux</translation>
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source> max on a card</source>
            <translation> max. sur une carte</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> votes each</source>
            <translation> votes chacun</translation>
        </message>
        <message>
            <source> · {clock} left</source>
            <translation> · encore {clock}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>Add to cards' votes</source>
            <translation>Ajouter aux votes des cartes</translation>
        </message>
        <message>
            <source>Allow editing the map while presenting (L)</source>
            <translation>Autoriser la modification de la carte pendant la présentation (L)</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anonyme</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>Approve every card first (all go to the inbox)</source>
            <translation>Approuver chaque carte d’abord (toutes vont dans la boîte de réception)</translation>
        </message>
        <message>
            <source>Close voting</source>
            <translation>Clore le vote</translation>
        </message>
        <message>
            <source>Each participant spends their votes on their phone.</source>
            <translation>Chaque participant utilise ses votes sur son téléphone.</translation>
        </message>
        <message>
            <source>End round</source>
            <translation>Terminer le tour</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Boîte de réception</translation>
        </message>
        <message>
            <source>Inbox ({inbox})</source>
            <translation>Boîte de réception ({inbox})</translation>
        </message>
        <message>
            <source>Inbox {count}</source>
            <translation>Boîte de réception {count}</translation>
        </message>
        <message>
            <source>Lanes open to phones; approve every card first (O)</source>
            <translation>Lignes ouvertes aux téléphones ; approuver chaque carte d’abord (O)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Map unlocked</source>
            <translation>Carte déverrouillée</translation>
        </message>
        <message>
            <source>Next stage in the spotlight (→)</source>
            <translation>Phase suivante sous le projecteur (→)</translation>
        </message>
        <message>
            <source>No spotlight (Home)</source>
            <translation>Pas de projecteur (Début)</translation>
        </message>
        <message>
            <source>One minute less (−)</source>
            <translation>Une minute de moins (−)</translation>
        </message>
        <message>
            <source>One minute more (+)</source>
            <translation>Une minute de plus (+)</translation>
        </message>
        <message>
            <source>Participants' cards waiting for approval (I)</source>
            <translation>Cartes des participants en attente d’approbation (I)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>Previous stage in the spotlight (←)</source>
            <translation>Phase précédente sous le projecteur (←)</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privé</translation>
        </message>
        <message>
            <source>Private mode: notes hidden until revealed together (P)</source>
            <translation>Mode privé : notes cachées jusqu’à leur révélation commune (P)</translation>
        </message>
        <message numerus="yes">
            <source>Private · %n note(s) hidden</source>
            <translation>
                <numerusform>Privé · %n note cachée</numerusform>
                <numerusform>Privé · %n notes cachées</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Reset the timer (R)</source>
            <translation>Réinitialiser le minuteur (R)</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Révéler</translation>
        </message>
        <message>
            <source>Revealed: {cast} votes from {voters} people</source>
            <translation>Révélé : {cast} votes de {voters} personnes</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Régler</translation>
        </message>
        <message>
            <source>Set the timer (T)</source>
            <translation>Régler le minuteur (T)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>Start or pause the timer (Space)</source>
            <translation>Démarrer ou mettre en pause le minuteur (Espace)</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>Lancer le vote</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Voter</translation>
        </message>
        <message>
            <source>Vote round (V)</source>
            <translation>Tour de vote (V)</translation>
        </message>
        <message>
            <source>Voting closed: {cast} votes cast. Reveal when ready.</source>
            <translation>Vote clos : {cast} votes exprimés. Révélez-les quand vous êtes prêts.</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>Vote ouvert</translation>
        </message>
        <message>
            <source>Voting open ({kind}): {cast} votes cast by {voters} of {people}{left}</source>
            <translation>Vote ouvert ({kind}) : {cast} votes exprimés par {voters} sur {people}{left}</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Carte entière</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonyme</translation>
        </message>
        <message>
            <source>named</source>
            <translation>nominatif</translation>
        </message>
        <message>
            <source>untimed</source>
            <translation>sans limite de temps</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>could not prepare the printout: {value}</source>
            <translation>impossible de préparer l’impression : {value}</translation>
        </message>
        <message>
            <source>the printer could not be started</source>
            <translation>l’imprimante n’a pas pu démarrer</translation>
        </message>
        <message>
            <source>the printout has {page_count} pages; none is in the range {fromPage}–{toPage}</source>
            <translation>l’impression compte {page_count} pages ; aucune n’est dans la plage {fromPage}–{toPage}</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>No cards in an opportunities or ideas lane yet.</source>
            <translation>Aucune carte dans une ligne d’opportunités ou d’idées pour l’instant.</translation>
        </message>
        <message>
            <source>{rated} of {count} opportunities rated for impact and effort (Inspector). Ranked by quadrant (quick wins first), then impact − effort, impact, votes, evidence and the step's metrics.</source>
            <translation>{rated} opportunités sur {count} évaluées en impact et effort (Inspecteur). Classées par quadrant (gains rapides d’abord), puis impact − effort, impact, votes, source et indicateurs de l’étape.</translation>
        </message>
    </context>
    <context>
        <name>Raster</name>
        <message>
            <source>a resolution of {dpi:g} dpi is out of range (10–2400)</source>
            <translation>une résolution de {dpi:g} ppp est hors limites (10–2400)</translation>
        </message>
        <message>
            <source>a {w} × {h} pixel picture is too large; lower --dpi or export a PDF poster</source>
            <translation>une image de {w} × {h} pixels est trop grande ; baissez --dpi ou exportez une affiche PDF</translation>
        </message>
        <message>
            <source>not enough memory for a {w} × {h} pixel picture</source>
            <translation>mémoire insuffisante pour une image de {w} × {h} pixels</translation>
        </message>
        <message>
            <source>not enough memory for a {w}-pixel-wide picture</source>
            <translation>mémoire insuffisante pour une image de {w} pixels de large</translation>
        </message>
        <message>
            <source>the part to export lies outside the map</source>
            <translation>la partie à exporter se trouve hors de la carte</translation>
        </message>
        <message>
            <source>{path}: cannot write the SVG</source>
            <translation>{path} : impossible d’écrire le SVG</translation>
        </message>
    </context>
    <context>
        <name>RoomDialogs</name>
        <message>
            <source>  ({selected} selected)</source>
            <translation>  ({selected} sélectionné)</translation>
        </message>
        <message>
            <source>192.168.1.20:43210, or paste the join link</source>
            <translation>192.168.1.20:43210, ou collez le lien pour rejoindre</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code :</translation>
        </message>
        <message>
            <source>Here now:</source>
            <translation>Présents :</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Rejoindre</translation>
        </message>
        <message>
            <source>Join Session</source>
            <translation>Rejoindre la session</translation>
        </message>
        <message>
            <source>Join link:</source>
            <translation>Lien pour rejoindre :</translation>
        </message>
        <message>
            <source>K7QX-M2PA</source>
            <translation>K7QX-M2PA</translation>
        </message>
        <message>
            <source>Scan the code with a phone, or join from cjdesigner:</source>
            <translation>Scannez le code avec un téléphone, ou rejoignez depuis cjdesigner :</translation>
        </message>
        <message>
            <source>Session running</source>
            <translation>Session en cours</translation>
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation>Sessions sur ce réseau :</translation>
        </message>
        <message>
            <source>Stop Session</source>
            <translation>Arrêter la session</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Votre nom :</translation>
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
            <translation>Quelqu’un</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Custom ({min} … {max})</source>
            <translation>Personnalisée ({min} … {max})</translation>
        </message>
        <message>
            <source>Emotion scale</source>
            <translation>Échelle d’émotion</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Poster paper</source>
            <translation>Papier de l’affiche</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>The editor speaks the chosen language as soon as you press OK. New maps take the editor's language for the words printed on their posters.</source>
            <translation>L’éditeur passe à la langue choisie dès que vous cliquez sur OK. Les nouvelles cartes prennent la langue de l’éditeur pour les mots imprimés sur leurs affiches.</translation>
        </message>
        <message>
            <source>The emotion scale applies to curves of new maps; each curve keeps its own scale, editable in the inspector.</source>
            <translation>L’échelle d’émotion s’applique aux courbes des nouvelles cartes ; chaque courbe garde sa propre échelle, modifiable dans l’inspecteur.</translation>
        </message>
        <message>
            <source>Your name, written into new maps</source>
            <translation>Votre nom, inscrit dans les nouvelles cartes</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Customer journey maps and service blueprints</source>
            <translation>Cartes du parcours client et blueprints de service</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Maps you open or save appear here.</source>
            <translation>Les cartes que vous ouvrez ou enregistrez apparaissent ici.</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Nouvelle carte</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Récentes</translation>
        </message>
        <message>
            <source>Recovered work</source>
            <translation>Travail récupéré</translation>
        </message>
        <message>
            <source>Remove from List</source>
            <translation>Retirer de la liste</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>Start from a template</source>
            <translation>Partir d’un modèle</translation>
        </message>
        <message>
            <source>These maps had unsaved changes when cjdesigner last stopped.</source>
            <translation>Ces cartes avaient des modifications non enregistrées lors du dernier arrêt de cjdesigner.</translation>
        </message>
        <message>
            <source>This map was never saved</source>
            <translation>Cette carte n’a jamais été enregistrée</translation>
        </message>
        <message>
            <source>cjdesigner</source>
            <translation>cjdesigner</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>jamais enregistrée</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>il y a {n} h</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>il y a {n} min</translation>
        </message>
        <message>
            <source>{stem}  (missing)
{parent}</source>
            <translation>{stem}  (introuvable)
{parent}</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <source>+1 Vote</source>
            <translation>+1 vote</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <source>Move cards</source>
            <translation>Déplacer les cartes</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Advertising</source>
            <translation>Publicité</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Supposé</translation>
        </message>
        <message>
            <source>Awful</source>
            <translation>Horrible</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Arrière-scène</translation>
        </message>
        <message>
            <source>Branch or store</source>
            <translation>Agence ou magasin</translation>
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
            <translation>Résiliation</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <source>Complaint or return</source>
            <translation>Réclamation ou retour</translation>
        </message>
        <message>
            <source>Content offered</source>
            <translation>Contenu proposé</translation>
        </message>
        <message>
            <source>Contract renewal</source>
            <translation>Renouvellement de contrat</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>État actuel</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Actions du client</translation>
        </message>
        <message>
            <source>Day in the life</source>
            <translation>Une journée type</translation>
        </message>
        <message>
            <source>Delighted</source>
            <translation>Ravi</translation>
        </message>
        <message>
            <source>Edited on both sides</source>
            <translation>Modifié des deux côtés</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Courbe d’émotion</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Ressentis</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Avant-scène</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>État futur</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bien</translation>
        </message>
        <message>
            <source>Ideas / solutions</source>
            <translation>Idées / solutions</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>KPIs / metrics</source>
            <translation>KPI / indicateurs</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Line of interaction</source>
            <translation>Ligne d’interaction</translation>
        </message>
        <message>
            <source>Line of internal interaction</source>
            <translation>Ligne d’interaction interne</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>Ligne de visibilité</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Marketing content</source>
            <translation>Contenu marketing</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>Application mobile</translation>
        </message>
        <message>
            <source>Moved to different places</source>
            <translation>Déplacé à des endroits différents</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Négatif</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observé</translation>
        </message>
        <message>
            <source>Okay</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunités</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Points de friction</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Phone helpline</source>
            <translation>Assistance téléphonique</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Preuves physiques</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Médiocre</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positif</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Achat</translation>
        </message>
        <message>
            <source>Query about a product</source>
            <translation>Question sur un produit</translation>
        </message>
        <message>
            <source>Removed on one side, changed on the other</source>
            <translation>Supprimé d’un côté, modifié de l’autre</translation>
        </message>
        <message>
            <source>Sales staff</source>
            <translation>Vendeurs</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Blueprint de service</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Réseaux sociaux</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Processus de support</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Pensées</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Points de contact</translation>
        </message>
        <message>
            <source>Very negative</source>
            <translation>Très négatif</translation>
        </message>
        <message>
            <source>Very positive</source>
            <translation>Très positif</translation>
        </message>
        <message>
            <source>Webchat</source>
            <translation>Chat en ligne</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Word of mouth</source>
            <translation>Bouche-à-oreille</translation>
        </message>
    </context>
    <context>
        <name>WindowDesktop</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> et %n autre</numerusform>
                <numerusform> et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a journey map</source>
            <translation>Pas une carte de parcours</translation>
        </message>
        <message>
            <source>{names} is neither a journey map (.cjm) nor a card list (.csv, .xlsx), so cjdesigner cannot open it.</source>
            <translation>{names} n’est ni une carte de parcours (.cjm) ni une liste de cartes (.csv, .xlsx) : cjdesigner ne peut pas l’ouvrir.</translation>
        </message>
        <message>
            <source>{names}{more} are neither journey maps (.cjm) nor card lists (.csv, .xlsx), so cjdesigner cannot open them.</source>
            <translation>{names}{more} ne sont ni des cartes de parcours (.cjm) ni des listes de cartes (.csv, .xlsx) : cjdesigner ne peut pas les ouvrir.</translation>
        </message>
    </context>
    <context>
        <name>WindowEdit</name>
        <message>
            <source>A card needs a cell: add a stage with a step and a lane first</source>
            <translation>Une carte a besoin d’une cellule : ajoutez d’abord une phase avec une étape, et une ligne</translation>
        </message>
        <message>
            <source>Add vote</source>
            <translation>Ajouter un vote</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>Courbe {number}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Nouvelle ligne</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>Retirer un vote</translation>
        </message>
        <message>
            <source>Select the cards to vote for</source>
            <translation>Sélectionnez les cartes pour lesquelles voter</translation>
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <source>
… and {count} more</source>
            <translation>
… et {count} de plus</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>Export impossible</translation>
        </message>
        <message>
            <source>Could not import the file</source>
            <translation>Impossible d’importer le fichier</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>Impossible d’ouvrir la carte</translation>
        </message>
        <message>
            <source>Could not restore</source>
            <translation>Restauration impossible</translation>
        </message>
        <message>
            <source>Could not revert</source>
            <translation>Retour impossible</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>Could not use template</source>
            <translation>Impossible d’utiliser le modèle</translation>
        </message>
        <message>
            <source>Delete the recovered copy of “{title}”? This cannot be undone.</source>
            <translation>Supprimer la copie récupérée de « {title} » ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Discard recovered map</source>
            <translation>Abandonner la carte récupérée</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Drop all unsaved changes to “{display_name}” and reload it from disk?</source>
            <translation>Abandonner toutes les modifications non enregistrées de « {display_name} » et la recharger depuis le disque ?</translation>
        </message>
        <message>
            <source>Export as {label}</source>
            <translation>Exporter en {label}</translation>
        </message>
        <message>
            <source>Export not available</source>
            <translation>Export indisponible</translation>
        </message>
        <message>
            <source>Export of {name} stopped; nothing written</source>
            <translation>Export de {name} interrompu ; rien n’a été écrit</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Exporté avec des avertissements</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>{name} exporté</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>Export de {name}</translation>
        </message>
        <message>
            <source>Import cards from CSV or Excel</source>
            <translation>Importer des cartes depuis CSV ou Excel</translation>
        </message>
        <message>
            <source>Import of {name} stopped; nothing imported</source>
            <translation>Import de {name} interrompu ; rien n’a été importé</translation>
        </message>
        <message>
            <source>Import warnings</source>
            <translation>Avertissements d’import</translation>
        </message>
        <message numerus="yes">
            <source>Imported with %n warning(s).</source>
            <translation>
                <numerusform>Importé avec %n avertissement.</numerusform>
                <numerusform>Importé avec %n avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>Import de {name}</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Ouvrir une carte</translation>
        </message>
        <message>
            <source>Opened {display_name}</source>
            <translation>{display_name} ouverte</translation>
        </message>
        <message>
            <source>Opening {name}</source>
            <translation>Ouverture de {name}</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>Restore recovered map</source>
            <translation>Restaurer la carte récupérée</translation>
        </message>
        <message>
            <source>Restored {display_name} — save it to keep it</source>
            <translation>{display_name} restaurée — enregistrez-la pour la garder</translation>
        </message>
        <message>
            <source>Restoring {title}</source>
            <translation>Restauration de {title}</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revenir</translation>
        </message>
        <message>
            <source>Revert to saved</source>
            <translation>Revenir à la version enregistrée</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>Enregistrer la carte sous</translation>
        </message>
        <message>
            <source>Save map as ({name} is read-only)</source>
            <translation>Enregistrer la carte sous ({name} est en lecture seule)</translation>
        </message>
        <message>
            <source>Save of {name} stopped; nothing written</source>
            <translation>Enregistrement de {name} interrompu ; rien n’a été écrit</translation>
        </message>
        <message>
            <source>Saved {display_name}</source>
            <translation>{display_name} enregistrée</translation>
        </message>
        <message>
            <source>Saving {name}</source>
            <translation>Enregistrement de {name}</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Stopped opening {name}</source>
            <translation>Ouverture de {name} interrompue</translation>
        </message>
        <message>
            <source>Stopped restoring {title}; the copy is kept</source>
            <translation>Restauration de {title} interrompue ; la copie est conservée</translation>
        </message>
        <message numerus="yes">
            <source>cjdesigner kept %n map(s) with unsaved changes from the last session.</source>
            <translation>
                <numerusform>cjdesigner a conservé %n carte avec des modifications non enregistrées lors de la dernière session.</numerusform>
                <numerusform>cjdesigner a conservé %n cartes avec des modifications non enregistrées lors de la dernière session.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file_filter};;All files (*)</source>
            <translation>{file_filter};;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>“{display_name}” is open with unsaved changes. Replace them with the recovered copy?</source>
            <translation>« {display_name} » est ouverte avec des modifications non enregistrées. Les remplacer par la copie récupérée ?</translation>
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
            <translation>Impression impossible</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Chevauchement</translation>
        </message>
        <message>
            <source>Page setup saved</source>
            <translation>Mise en page enregistrée</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Affiche</translation>
        </message>
        <message>
            <source>Poster size</source>
            <translation>Taille de l’affiche</translation>
        </message>
        <message>
            <source>Print poster</source>
            <translation>Imprimer l’affiche</translation>
        </message>
        <message>
            <source>Print poster on several sheets</source>
            <translation>Imprimer l’affiche sur plusieurs feuilles</translation>
        </message>
        <message>
            <source>Printed with warnings</source>
            <translation>Imprimé avec des avertissements</translation>
        </message>
        <message>
            <source>Printing stopped; nothing was sent to the printer</source>
            <translation>Impression interrompue ; rien n’a été envoyé à l’imprimante</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to {printer}</source>
            <translation>
                <numerusform>%n page envoyée à {printer}</numerusform>
                <numerusform>%n pages envoyées à {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The poster is split across the printer’s sheets, with cut and glue marks and an assembly guide first, as in a tiled PDF.</source>
            <translation>L’affiche est répartie sur les feuilles de l’imprimante, avec des repères de coupe et de collage et d’abord un guide d’assemblage, comme dans un PDF en mosaïque.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>l’imprimante</translation>
        </message>
    </context>
    <context>
        <name>WindowRoom</name>
        <message>
            <source>&amp;Follow the Presenter</source>
            <translation>&amp;Suivre le présentateur</translation>
        </message>
        <message>
            <source>&amp;Host Again (the host is gone)</source>
            <translation>&amp;Héberger à nouveau (l’hôte est parti)</translation>
        </message>
        <message>
            <source>&amp;Join Session…</source>
            <translation>&amp;Rejoindre une session…</translation>
        </message>
        <message>
            <source>&amp;Leave or Stop Session</source>
            <translation>&amp;Quitter ou arrêter la session</translation>
        </message>
        <message>
            <source>&amp;Present to Others</source>
            <translation>&amp;Présenter aux autres</translation>
        </message>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Partager</translation>
        </message>
        <message>
            <source>&amp;Start Session…</source>
            <translation>&amp;Démarrer une session…</translation>
        </message>
        <message>
            <source>A relay's address starts with ws:// or wss://</source>
            <translation>L’adresse d’un relais commence par ws:// ou wss://</translation>
        </message>
        <message>
            <source>Address of a y-websocket server and room (ws://relay.example:1234/map):</source>
            <translation>Adresse d’un serveur y-websocket et d’une salle (ws://relay.example:1234/map) :</translation>
        </message>
        <message>
            <source>Cannot start the session: {value}</source>
            <translation>Impossible de démarrer la session : {value}</translation>
        </message>
        <message>
            <source>Meet on a &amp;Relay Server…</source>
            <translation>Se retrouver sur un serveur &amp;relais…</translation>
        </message>
        <message>
            <source>Meet on a Relay Server</source>
            <translation>Se retrouver sur un serveur relais</translation>
        </message>
        <message>
            <source>Session running here now: code {code}</source>
            <translation>La session tourne maintenant ici : code {code}</translation>
        </message>
        <message>
            <source>Session running: code {code}</source>
            <translation>Session en cours : code {code}</translation>
        </message>
        <message>
            <source>Session: connected</source>
            <translation>Session : connectée</translation>
        </message>
        <message>
            <source>Session: joining again at its new address; what you edited meanwhile merges</source>
            <translation>Session : nouvelle connexion à sa nouvelle adresse ; ce que vous avez modifié entre-temps fusionne</translation>
        </message>
        <message>
            <source>Session: the host cannot be reached; you keep working, and your edits merge when it is back (or Share › Host Again)</source>
            <translation>Session : l’hôte est injoignable ; vous continuez à travailler et vos modifications fusionnent à son retour (ou Partager › Héberger à nouveau)</translation>
        </message>
        <message>
            <source>Show Session &amp;Code…</source>
            <translation>Afficher le &amp;code de la session…</translation>
        </message>
        <message>
            <source>The session does not answer yet; still trying…</source>
            <translation>La session ne répond pas encore ; nouvelle tentative…</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Timer {time}</source>
            <translation>Minuteur {time}</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>Le temps est écoulé</translation>
        </message>
        <message>
            <source>Workshop timer (View ▸ Workshop Timer)</source>
            <translation>Minuteur d’atelier (Affichage ▸ Minuteur d’atelier)</translation>
        </message>
    </context>
</TS>
