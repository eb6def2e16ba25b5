<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Accessibility</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n paso</numerusform>
                <numerusform>%n pasos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n voto</numerusform>
                <numerusform>%n votos</numerusform>
            </translation>
        </message>
        <message>
            <source>Arrow keys move between cells and cards and up to the step, stage and lane headers; Enter adds a card or renames a header, F2 edits the card.</source>
            <translation>Las flechas se mueven entre celdas y tarjetas y suben a las cabeceras de paso, etapa y carril; Intro añade una tarjeta o cambia el nombre de una cabecera, F2 edita la tarjeta.</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Mapa del recorrido</translation>
        </message>
        <message>
            <source>Journey map: {title}</source>
            <translation>Mapa del recorrido: {title}</translation>
        </message>
        <message>
            <source>Lane {name}</source>
            <translation>Carril {name}</translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>Etapa {name}</translation>
        </message>
        <message>
            <source>Step {name}</source>
            <translation>Paso {name}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Untitled card</source>
            <translation>Tarjeta sin título</translation>
        </message>
        <message>
            <source>channel {channel}</source>
            <translation>canal {channel}</translation>
        </message>
        <message>
            <source>emotion {value}</source>
            <translation>emoción {value}</translation>
        </message>
        <message>
            <source>evidence {evidence}</source>
            <translation>evidencia {evidence}</translation>
        </message>
        <message>
            <source>in stage {stage}; {cards}</source>
            <translation>en la etapa {stage}; {cards}</translation>
        </message>
        <message>
            <source>in {lane}, {stage} › {step}</source>
            <translation>en {lane}, {stage} › {step}</translation>
        </message>
        <message>
            <source>owner {owner}</source>
            <translation>responsable {owner}</translation>
        </message>
        <message>
            <source>tags {tags}</source>
            <translation>etiquetas {tags}</translation>
        </message>
        <message>
            <source>{curve} at {step}: {value}</source>
            <translation>{curve} en {step}: {value}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n curva de emociones</numerusform>
                <numerusform>%n curvas de emociones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n carril</numerusform>
                <numerusform>%n carriles</numerusform>
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
                <numerusform>%n etapa</numerusform>
                <numerusform>%n etapas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n paso</numerusform>
                <numerusform>%n pasos</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>--language {tag!r} is not a language tag such as da, en-US or ar</source>
            <translation>--language {tag!r} no es una etiqueta de idioma como da, en-US o ar</translation>
        </message>
        <message>
            <source>a bundled template is damaged: {exc}</source>
            <translation>una plantilla incluida está dañada: {exc}</translation>
        </message>
        <message>
            <source>no template named {template!r}; choose one of: {available}</source>
            <translation>no hay ninguna plantilla llamada {template!r}; elija una de: {available}</translation>
        </message>
        <message>
            <source>no templates are installed</source>
            <translation>no hay plantillas instaladas</translation>
        </message>
        <message>
            <source>the template is damaged: {exc}</source>
            <translation>la plantilla está dañada: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{output}: %n answer(s) stored as {metrics} step metrics</source>
            <translation>
                <numerusform>{output}: %n respuesta guardada como {metrics} métricas por paso</numerusform>
                <numerusform>{output}: %n respuestas guardadas como {metrics} métricas por paso</numerusform>
            </translation>
        </message>
        <message>
            <source>{output}: cannot export to {wanted} files; use one of {value} as the output suffix</source>
            <translation>{output}: no se puede exportar a archivos {wanted}; use una de las extensiones {value}</translation>
        </message>
        <message>
            <source>{output}: cannot export: {reason}</source>
            <translation>{output}: no se puede exportar: {reason}</translation>
        </message>
        <message>
            <source>{output}: cannot write ({reason})</source>
            <translation>{output}: no se puede escribir ({reason})</translation>
        </message>
        <message>
            <source>{output}: exported {summary}</source>
            <translation>{output}: exportado {summary}</translation>
        </message>
        <message>
            <source>{output}: future state of {map}: {summary}</source>
            <translation>{output}: estado futuro de {map}: {summary}</translation>
        </message>
        <message>
            <source>{output}: imported from {source}: {summary}</source>
            <translation>{output}: importado de {source}: {summary}</translation>
        </message>
        <message>
            <source>{output}: is the {what} itself; choose another output file</source>
            <translation>{output}: es el propio {what}; elija otro archivo de salida</translation>
        </message>
        <message>
            <source>{output}: new map from template {name}: {summary}</source>
            <translation>{output}: mapa nuevo a partir de la plantilla {name}: {summary}</translation>
        </message>
        <message>
            <source>{output}: warning: {warning}</source>
            <translation>{output}: aviso: {warning}</translation>
        </message>
        <message>
            <source>{output}: write the comparison as .cjm (a map) or .pdf (a poster)</source>
            <translation>{output}: guarde la comparación como .cjm (un mapa) o .pdf (un póster)</translation>
        </message>
        <message>
            <source>{path}: already exists; add --force to replace it</source>
            <translation>{path}: ya existe; añada --force para reemplazarlo</translation>
        </message>
        <message>
            <source>{path}: is a folder</source>
            <translation>{path}: es una carpeta</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: no existe el archivo</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path}: no es un archivo</translation>
        </message>
        <message>
            <source>{path}: not replaced: {strerror}</source>
            <translation>{path}: no se ha reemplazado: {strerror}</translation>
        </message>
        <message>
            <source>{path}: ok, {summary}</source>
            <translation>{path}: correcto, {summary}</translation>
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
            <translation>{program} diff --textconv: indique exactamente un ARCHIVO</translation>
        </message>
        <message>
            <source>{program} diff: give OLD and NEW (or git's seven diff-driver arguments)</source>
            <translation>{program} diff: indique ANTIGUO y NUEVO (o los siete argumentos de un controlador diff de git)</translation>
        </message>
        <message>
            <source>{program} export: warning: {flag} does not apply to {suffix} files</source>
            <translation>{program} export: aviso: {flag} no se aplica a los archivos {suffix}</translation>
        </message>
        <message>
            <source>{program} merge: {exc}</source>
            <translation>{program} merge: {exc}</translation>
        </message>
        <message>
            <source>{program}: cannot open the editor: {problem}</source>
            <translation>{program}: no se puede abrir el editor: {problem}</translation>
        </message>
        <message>
            <source>{program}: cannot start the editor: {exc}</source>
            <translation>{program}: no se puede iniciar el editor: {exc}</translation>
        </message>
        <message>
            <source>{program}: interrupted</source>
            <translation>{program}: interrumpido</translation>
        </message>
        <message>
            <source>{program}: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open; these commands work without one:</source>
            <translation>{program}: no hay pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas), así que el editor no puede abrirse; estas órdenes funcionan sin ella:</translation>
        </message>
        <message>
            <source>{program}: {problem}</source>
            <translation>{program}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{shown}: %n conflict(s) kept in the map; open it in cjdesigner to pick a side for each</source>
            <translation>
                <numerusform>{shown}: %n conflicto guardado en el mapa; ábralo en cjdesigner para elegir un lado</numerusform>
                <numerusform>{shown}: %n conflictos guardados en el mapa; ábralo en cjdesigner para elegir un lado en cada uno</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown}: CONFLICT {describe}</source>
            <translation>{shown}: CONFLICTO {describe}</translation>
        </message>
        <message>
            <source>{source}: warning: {warning}</source>
            <translation>{source}: aviso: {warning}</translation>
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
            <translation>Añadir tarjeta</translation>
        </message>
        <message>
            <source>Change lane kind</source>
            <translation>Cambiar el tipo de carril</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Cut cards</source>
            <translation>Cortar tarjetas</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>Eliminar tarjeta</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Eliminar tarjetas</translation>
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation>Duplicar tarjetas</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Nuevo paso</translation>
        </message>
        <message>
            <source>Paste cards</source>
            <translation>Pegar tarjetas</translation>
        </message>
        <message>
            <source>Recolour lane</source>
            <translation>Cambiar el color del carril</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Cambiar el color de la fase</translation>
        </message>
        <message numerus="yes">
            <source>Remove the lane “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>¿Eliminar el carril «{name}» y la %n tarjeta que contiene?</numerusform>
                <numerusform>¿Eliminar el carril «{name}» y las %n tarjetas que contiene?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the stage “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>¿Eliminar la fase «{name}» y la %n tarjeta que contiene?</numerusform>
                <numerusform>¿Eliminar la fase «{name}» y las %n tarjetas que contiene?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the step “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>¿Eliminar el paso «{name}» y la %n tarjeta que contiene?</numerusform>
                <numerusform>¿Eliminar el paso «{name}» y las %n tarjetas que contiene?</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Cambiar el nombre del carril</translation>
        </message>
        <message>
            <source>Rename map</source>
            <translation>Cambiar el nombre del mapa</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Cambiar el nombre de la fase</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Cambiar el nombre del paso</translation>
        </message>
        <message>
            <source>Set step time</source>
            <translation>Fijar la hora del paso</translation>
        </message>
        <message>
            <source>Time (HH:MM, empty for none):</source>
            <translation>Hora (HH:MM, vacío para ninguna):</translation>
        </message>
    </context>
    <context>
        <name>Comparing</name>
        <message>
            <source>Cannot compare</source>
            <translation>No se puede comparar</translation>
        </message>
        <message>
            <source>Compare with map</source>
            <translation>Comparar con un mapa</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>. On the canvas: + added, ~ changed, › moved; Δ is each step's emotion change.</source>
            <translation>. En el lienzo: + añadido, ~ cambiado, › movido; Δ es el cambio de emoción de cada paso.</translation>
        </message>
        <message>
            <source>Compared with {label}: </source>
            <translation>Comparado con {label}: </translation>
        </message>
        <message>
            <source>Not comparing. View › Compare with… shows what changed since the last save or against another map.</source>
            <translation>Sin comparación. Ver › Comparar con… muestra qué ha cambiado desde la última vez que se guardó o frente a otro mapa.</translation>
        </message>
        <message>
            <source>Stop Comparing</source>
            <translation>Dejar de comparar</translation>
        </message>
        <message>
            <source>no changes</source>
            <translation>sin cambios</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message numerus="yes">
            <source>%n conflict(s) from a merge. The map holds ours for each until you pick a side.</source>
            <translation>
                <numerusform>%n conflicto de una fusión. El mapa conserva nuestra versión hasta que elijas un lado.</numerusform>
                <numerusform>%n conflictos de una fusión. El mapa conserva nuestra versión de cada uno hasta que elijas un lado.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot keep that side: {exc}</source>
            <translation>No se puede conservar ese lado: {exc}</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Conservar la nuestra</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Conservar la suya</translation>
        </message>
        <message>
            <source>Keep {ours_label}</source>
            <translation>Conservar {ours_label}</translation>
        </message>
        <message>
            <source>Keep {theirs_label}</source>
            <translation>Conservar {theirs_label}</translation>
        </message>
        <message>
            <source>No merge conflicts.</source>
            <translation>No hay conflictos de fusión.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Card lists (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
            <translation>Listas de tarjetas (*.csv *.xlsx *.xlsm);;Archivos CSV (*.csv);;Libros de Excel (*.xlsx *.xlsm);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Modificado en el disco</translation>
        </message>
        <message>
            <source>If you don’t save, your changes will be lost.</source>
            <translation>Si no guardas, perderás los cambios.</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>Mapas de recorrido (*.cjm);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Abrir mapa</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Sobrescribir</translation>
        </message>
        <message>
            <source>Overwrite replaces their version (it is kept as the .bak file until the next save); Save As… keeps both; Reload drops your changes here and shows theirs. Show Details… lists what differs.</source>
            <translation>Sobrescribir reemplaza su versión (se conserva como archivo .bak hasta el siguiente guardado); Guardar como… conserva ambas; Recargar descarta tus cambios aquí y muestra los suyos. Mostrar detalles… enumera las diferencias.</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recargar</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Save map</source>
            <translation>Guardar mapa</translation>
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>“{name}” was changed on disk by another program or editor.</source>
            <translation>«{name}» fue modificado en el disco por otro programa o editor.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source> Reload would drop your unsaved changes here; Save will ask before it replaces their version.</source>
            <translation> Recargar descartaría aquí tus cambios sin guardar; Guardar preguntará antes de reemplazar su versión.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; changed on disk.{extra}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; cambió en el disco.{extra}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; was moved or deleted on disk. Save to write it again.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; se movió o se eliminó del disco. Guarda para volver a escribirlo.</translation>
        </message>
        <message>
            <source>Could not reload: {exc}</source>
            <translation>No se pudo recargar: {exc}</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Conservar la mía</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recargar</translation>
        </message>
        <message>
            <source>Reloaded {display_name}</source>
            <translation>{display_name} recargado</translation>
        </message>
        <message>
            <source>The file on disk does not open as a map: {exc}</source>
            <translation>El archivo del disco no se abre como mapa: {exc}</translation>
        </message>
        <message>
            <source>The file on disk holds the same map as this editor.</source>
            <translation>El archivo del disco contiene el mismo mapa que este editor.</translation>
        </message>
        <message>
            <source>This map has not been saved yet.</source>
            <translation>Este mapa aún no se ha guardado.</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Recorrido sin título</translation>
        </message>
        <message>
            <source>… and {count} more lines</source>
            <translation>… y {count} líneas más</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Card description</source>
            <translation>Descripción de la tarjeta</translation>
        </message>
        <message>
            <source>Card title</source>
            <translation>Título de la tarjeta</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Ctrl+Intro guarda</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>Editar el texto de la tarjeta</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc keeps what you typed and takes back a card left empty.</source>
            <translation>Intro (Ctrl+Intro en la descripción) o un clic en otro lugar conserva el texto; Esc conserva lo escrito y retira una tarjeta que quedó vacía.</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc puts the card's text back as it was.</source>
            <translation>Intro (Ctrl+Intro en la descripción) o un clic en otro lugar conserva el texto; Esc devuelve el texto de la tarjeta a como estaba.</translation>
        </message>
        <message>
            <source>Enter saves · Tab: description</source>
            <translation>Intro guarda · Tab: descripción</translation>
        </message>
        <message>
            <source>Esc cancels</source>
            <translation>Esc cancela</translation>
        </message>
        <message>
            <source>Esc closes</source>
            <translation>Esc cierra</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>Add card</source>
            <translation>Añadir tarjeta</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Añadir curva de emociones</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Añadir carril</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Añadir persona</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Añadir fase</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>Eliminar tarjetas</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edición</translation>
        </message>
        <message>
            <source>Import survey metrics</source>
            <translation>Importar métricas de encuestas</translation>
        </message>
        <message>
            <source>Keep their value</source>
            <translation>Conservar su valor</translation>
        </message>
        <message>
            <source>Link cards</source>
            <translation>Enlazar tarjetas</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>Mover tarjetas</translation>
        </message>
        <message>
            <source>Move curve point</source>
            <translation>Mover el punto de la curva</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Mover carril</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Mover fase</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Mover paso</translation>
        </message>
        <message>
            <source>Record conflict</source>
            <translation>Registrar conflicto</translation>
        </message>
        <message>
            <source>Remove emotion curve</source>
            <translation>Eliminar curva de emociones</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Eliminar carril</translation>
        </message>
        <message>
            <source>Remove persona</source>
            <translation>Eliminar persona</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Eliminar fase</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Eliminar paso</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>Resolver conflicto</translation>
        </message>
        <message>
            <source>Set metrics</source>
            <translation>Fijar métricas</translation>
        </message>
        <message>
            <source>Unlink cards</source>
            <translation>Desenlazar tarjetas</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>&lt;b&gt;cjdesigner hit an unexpected error.&lt;/b&gt;</source>
            <translation>&lt;b&gt;cjdesigner ha encontrado un error inesperado.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha salido mal</translation>
        </message>
        <message>
            <source>You can keep working. If something looks wrong, save and restart.</source>
            <translation>Puedes seguir trabajando. Si algo parece ir mal, guarda y reinicia.</translation>
        </message>
        <message numerus="yes">
            <source>Your work is safe: a recovery copy of every open map was written (%n file(s)). You can keep working; saving now is a good idea.</source>
            <translation>
                <numerusform>Tu trabajo está a salvo: se ha escrito una copia de recuperación de cada mapa abierto (%n archivo). Puedes seguir trabajando; conviene guardar ahora.</numerusform>
                <numerusform>Tu trabajo está a salvo: se ha escrito una copia de recuperación de cada mapa abierto (%n archivos). Puedes seguir trabajando; conviene guardar ahora.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source> at {scale:.0%}</source>
            <translation> al {scale:.0%}</translation>
        </message>
        <message>
            <source> run it the other way (--orientation {other}),</source>
            <translation> gírelo al otro sentido (--orientation {other}),</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) did not fit on their cards: marked →1…→{count} on the poster, their whole text is in the appendix after it</source>
            <translation>
                <numerusform>%n tarjeta no cabía en su tarjeta: marcada →1…→{count} en el póster, su texto completo está en el apéndice que le sigue</numerusform>
                <numerusform>%n tarjetas no cabían en sus tarjetas: marcadas →1…→{count} en el póster, su texto completo está en el apéndice que le sigue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) cannot be printed with the fonts installed and show as empty boxes: {named}; {font} would print them (Debian/Ubuntu: sudo apt install {package})</source>
            <translation>
                <numerusform>%n carácter no se puede imprimir con las fuentes instaladas y aparece como un recuadro vacío: {named}; {font} lo imprimiría (Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>%n caracteres no se pueden imprimir con las fuentes instaladas y aparecen como recuadros vacíos: {named}; {font} los imprimiría (Debian/Ubuntu: sudo apt install {package})</numerusform>
            </translation>
        </message>
        <message>
            <source>, or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>--paper auto chose --scale {percent} on {sheet} sheets</source>
            <translation>--paper auto eligió --scale {percent} en hojas {sheet}</translation>
        </message>
        <message>
            <source>--paper auto chose {choice}</source>
            <translation>--paper auto eligió {choice}</translation>
        </message>
        <message>
            <source>--paper auto: a sheet the size of the map</source>
            <translation>--paper auto: una hoja del tamaño del mapa</translation>
        </message>
        <message>
            <source>--paper auto: no sheet, roll or tiling prints the cards at the minimum size; printed on 4A0 (try --split stages)</source>
            <translation>--paper auto: ninguna hoja, rollo ni división en mosaico imprime las tarjetas al tamaño mínimo; impreso en 4A0 (pruebe --split stages)</translation>
        </message>
        <message numerus="yes">
            <source>--paper map --scale {percent} --tile A4 (%n sheet(s))</source>
            <translation>
                <numerusform>--paper map --scale {percent} --tile A4 (%n hoja)</numerusform>
                <numerusform>--paper map --scale {percent} --tile A4 (%n hojas)</numerusform>
            </translation>
        </message>
        <message>
            <source>--paper roll:{width}mm ({length:.1f} m long)</source>
            <translation>--paper roll:{width}mm ({length:.1f} m de largo)</translation>
        </message>
        <message>
            <source>--paper {name} (card text {size:.0f} pt)</source>
            <translation>--paper {name} (texto de las tarjetas {size:.0f} pt)</translation>
        </message>
        <message>
            <source>--split stages (an overview and {count} stage pages on {paper}, card text {size:.0f} pt or more)</source>
            <translation>--split stages (una vista general y {count} páginas de etapas en {paper}, texto de las tarjetas de {size:.0f} pt o más)</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is larger than {paper}: it is cut off. Choose a larger sheet, fit to the sheet, or tile.</source>
            <translation>Al {scale:.0%} el mapa es más grande que {paper}: queda cortado. Elija una hoja más grande, ajústelo a la hoja o divídalo en mosaico.</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm tall, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>Al {scale:.0%} el mapa mide {size:.0f} mm de alto, pero un rollo de {width:.0f} mm le deja {room:.0f} mm: ajústelo al rollo (sin --scale),{hint} elija un rollo más ancho o divídalo en mosaico (--tile A4).</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm wide, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>Al {scale:.0%} el mapa mide {size:.0f} mm de ancho, pero un rollo de {width:.0f} mm le deja {room:.0f} mm: ajústelo al rollo (sin --scale),{hint} elija un rollo más ancho o divídalo en mosaico (--tile A4).</translation>
        </message>
        <message>
            <source>Bleed and crop marks are for a print shop's single sheet; tiled sheets carry cut and glue marks instead.</source>
            <translation>El sangrado y las marcas de corte son para la hoja única de una imprenta; las hojas en mosaico llevan en su lugar marcas de corte y de pegado.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read.</source>
            <translation>El texto de las tarjetas se imprime a {body:.1f} pt (títulos {title:.1f} pt), por debajo de los {minimum} que este formato necesita para leerse.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read; what would work: {options}.</source>
            <translation>El texto de las tarjetas se imprime a {body:.1f} pt (títulos {title:.1f} pt), por debajo de los {minimum} que este formato necesita para leerse; lo que funcionaría: {options}.</translation>
        </message>
        <message>
            <source>Noto Sans for its script</source>
            <translation>Noto Sans para su escritura</translation>
        </message>
        <message>
            <source>The map does not quite fit the {width:.0f} mm roll: it is cut off at the edge. Fit it to the roll or tile it.</source>
            <translation>El mapa no cabe del todo en el rollo de {width:.0f} mm: queda cortado en el borde. Ajústelo al rollo o divídalo en mosaico.</translation>
        </message>
        <message>
            <source>The sheet is {length:.0f} in long; PDF pages are normally at most 200 in, so it is written with UserUnit {uu:g} (PDF 1.6), which some viewers and print shops' RIPs ignore. Tiling (--tile A4) or the print shop's own splitting is safer.</source>
            <translation>La hoja mide {length:.0f} pulgadas de largo; las páginas PDF suelen medir como mucho 200 pulgadas, así que se escribe con UserUnit {uu:g} (PDF 1.6), que algunos visores y RIP de imprentas ignoran. Dividir en mosaico (--tile A4) o que lo divida la imprenta es más seguro.</translation>
        </message>
        <message>
            <source>a CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>una fuente TrueType CJK (WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a CJK font with the supplementary ideographs</source>
            <translation>una fuente CJK con los ideogramas suplementarios</translation>
        </message>
        <message>
            <source>a Korean or CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>una fuente TrueType coreana o CJK (WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a monochrome emoji font (Symbola)</source>
            <translation>una fuente de emoji monocroma (Symbola)</translation>
        </message>
        <message>
            <source>a {width:.0f} mm roll is too narrow for a poster</source>
            <translation>un rollo de {width:.0f} mm es demasiado estrecho para un póster</translation>
        </message>
        <message>
            <source>not a text size: {text!r} (try 16 or 16/20, in points)</source>
            <translation>no es un tamaño de texto: {text!r} (pruebe 16 o 16/20, en puntos)</translation>
        </message>
        <message>
            <source>text sizes must lie between 4 and 200 pt, not {text!r}</source>
            <translation>los tamaños de texto deben estar entre 4 y 200 pt, no {text!r}</translation>
        </message>
        <message>
            <source>the poster{at} would be {length:.1f} m long; the limit is {limit:.0f} m: choose a smaller --scale (100 = on-screen size) or a sheet size (--paper A0)</source>
            <translation>el póster{at} mediría {length:.1f} m de largo; el límite es {limit:.0f} m: elija una --scale menor (100 = tamaño en pantalla) o un tamaño de hoja (--paper A0)</translation>
        </message>
        <message>
            <source>the sheet is too small for a poster</source>
            <translation>la hoja es demasiado pequeña para un póster</translation>
        </message>
        <message>
            <source>{body:g} pt body / {title:g} pt titles</source>
            <translation>{body:g} pt de texto / {title:g} pt de títulos</translation>
        </message>
        <message>
            <source>{message} (--strict)</source>
            <translation>{message} (--strict)</translation>
        </message>
        <message>
            <source>{named} and {count} more</source>
            <translation>{named} y {count} más</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportar a</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Exportado con advertencias</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>Exportando {name}</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>{name} was not written:
{exc}</source>
            <translation>{name} no se escribió:
{exc}</translation>
        </message>
        <message>
            <source>“{name}” already exists in {parent}. Replace it?</source>
            <translation>«{name}» ya existe en {parent}. ¿Reemplazarlo?</translation>
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
            <translation>100 % imprime las tarjetas a su tamaño en pantalla</translation>
        </message>
        <message>
            <source>3 mm bleed and crop marks (print shop)</source>
            <translation>Sangrado de 3 mm y marcas de corte (imprenta)</translation>
        </message>
        <message>
            <source>A named sheet, a roll, or a size such as 900x2000mm or 36x48in</source>
            <translation>Una hoja con nombre, un rollo o un tamaño como 900x2000mm o 36x48in</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automática</translation>
        </message>
        <message>
            <source>Blank wall template (grid and headers, no cards)</source>
            <translation>Plantilla de pared en blanco (cuadrícula y encabezados, sin tarjetas)</translation>
        </message>
        <message>
            <source>By format (16 pt on walls, 8 pt on desks)</source>
            <translation>Según el formato (16 pt en paredes, 8 pt en mesas)</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Tarjetas</translation>
        </message>
        <message>
            <source>Compact cards: titles and markers (an overview)</source>
            <translation>Tarjetas compactas: títulos y marcas (una vista general)</translation>
        </message>
        <message>
            <source>Fixed scale</source>
            <translation>Escala fija</translation>
        </message>
        <message>
            <source>For a map too large for one readable sheet: the overview shows every card by its title, each stage's page shows its cards in full</source>
            <translation>Para un mapa demasiado grande para una hoja legible: la vista general muestra cada tarjeta por su título y la página de cada etapa muestra sus tarjetas completas</translation>
        </message>
        <message>
            <source>Full cards</source>
            <translation>Tarjetas completas</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Horizontal</translation>
        </message>
        <message>
            <source>Longer than 200 in: written with UserUnit, which some viewers ignore; tiling is safer.</source>
            <translation>Más de 200 in: se escribe con UserUnit, que algunos visores ignoran; el mosaico es más seguro.</translation>
        </message>
        <message>
            <source>Map size (fixed scale)</source>
            <translation>Tamaño del mapa (escala fija)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>One poster</source>
            <translation>Un solo póster</translation>
        </message>
        <message>
            <source>One sheet</source>
            <translation>Una hoja</translation>
        </message>
        <message>
            <source>Only the part visible in the editor</source>
            <translation>Solo la parte visible en el editor</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>Overview, then a page per stage on the same paper</source>
            <translation>Vista general y luego una página por etapa en el mismo papel</translation>
        </message>
        <message>
            <source>Overview, then an A3 booklet page per stage</source>
            <translation>Vista general y luego una página de cuadernillo A3 por etapa</translation>
        </message>
        <message>
            <source>Overview, then an A4 booklet page per stage</source>
            <translation>Vista general y luego una página de cuadernillo A4 por etapa</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Vertical</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Póster</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impresión</translation>
        </message>
        <message>
            <source>Refuse to write a poster with text too small or cut short</source>
            <translation>No escribir un póster con texto demasiado pequeño o recortado</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <source>Roll {width} mm</source>
            <translation>Rollo {width} mm</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (landscape); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>Hoja de {width} × {height} mm (horizontal); el texto de las tarjetas se imprime a {body} pt y los títulos a {title} pt.</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (portrait); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>Hoja de {width} × {height} mm (vertical); el texto de las tarjetas se imprime a {body} pt y los títulos a {title} pt.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Smallest card text</source>
            <translation>Texto de tarjeta más pequeño</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>División</translation>
        </message>
        <message>
            <source>Squares for sticky notes in every cell of the blank template (across × down), each lane in its pad's colour</source>
            <translation>Cuadrados para notas adhesivas en cada celda de la plantilla en blanco (a lo ancho × a lo alto), cada carril en el color de su bloc</translation>
        </message>
        <message>
            <source>Sticky notes per cell</source>
            <translation>Notas adhesivas por celda</translation>
        </message>
        <message>
            <source>The smallest card text the poster may print; titles get 1.25 × this. The summary says what would meet it.</source>
            <translation>El texto de tarjeta más pequeño que puede imprimir el póster; los títulos, 1,25 × ese tamaño. El resumen indica qué lo cumpliría.</translation>
        </message>
        <message>
            <source>The visible part</source>
            <translation>La parte visible</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>El mapa completo</translation>
        </message>
        <message>
            <source>Then a page for each stage ({count}) on {sheet}, its cards in full.</source>
            <translation>Luego una página por cada etapa ({count}) en {sheet}, con sus tarjetas completas.</translation>
        </message>
        <message>
            <source>Tile onto {sheet}</source>
            <translation>Dividir en hojas {sheet}</translation>
        </message>
        <message>
            <source>With 3 mm bleed and crop marks.</source>
            <translation>Con sangrado de 3 mm y marcas de corte.</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>solapamiento</translation>
        </message>
        <message>
            <source>{count} sheets of {sheet} ({rows} rows × {columns} columns) and an assembly guide.</source>
            <translation>{count} hojas {sheet} ({rows} filas × {columns} columnas) y una guía de montaje.</translation>
        </message>
        <message>
            <source>{label}: {text!r} is not a number</source>
            <translation>{label}: {text!r} no es un número</translation>
        </message>
        <message>
            <source>{part} as scalable vector graphics ({width:.0f} × {height:.0f}).</source>
            <translation>{part} como gráfico vectorial escalable ({width:.0f} × {height:.0f}).</translation>
        </message>
        <message>
            <source>{part}: {width:.0f} × {height:.0f} pixels at {dpi} dpi.</source>
            <translation>{part}: {width:.0f} × {height:.0f} píxeles a {dpi} ppp.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Another colour…</source>
            <translation>Otro color…</translation>
        </message>
        <message>
            <source>Edit “{field}”</source>
            <translation>Editar «{field}»</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>Sin color</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>Several values</source>
            <translation>Varios valores</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Awareness</source>
            <translation>Descubrimiento</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Consideración</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>Vivido</translation>
        </message>
        <message>
            <source>First step</source>
            <translation>Primer paso</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Fidelidad</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retención</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Recorrido sin título</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Mapa sin título</translation>
        </message>
        <message>
            <source>Untitled service blueprint</source>
            <translation>Plano de servicio sin título</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source> ({count:,} digits, line {line}, column {column})</source>
            <translation> ({count:,} dígitos, línea {line}, columna {column})</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(nivel superior)</translation>
        </message>
        <message>
            <source>arrays ([…])</source>
            <translation>listas ([…])</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <source>cannot read ({reason})</source>
            <translation>no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>contains merge conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); resolve the conflict first</source>
            <translation>contiene marcas de conflicto de fusión (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); resuelva primero el conflicto</translation>
        </message>
        <message>
            <source>expected a JSON object, found {json_type_name}</source>
            <translation>se esperaba un objeto JSON, se encontró {json_type_name}</translation>
        </message>
        <message>
            <source>expected a whole number, found {json_type_name}</source>
            <translation>se esperaba un número entero, se encontró {json_type_name}</translation>
        </message>
        <message>
            <source>expected {"step": STEP_ID, "value": NUMBER}</source>
            <translation>se esperaba {"step": STEP_ID, "value": NUMBER}</translation>
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation>es una carpeta, no un archivo de mapa</translation>
        </message>
        <message>
            <source>is encoded as {name}; .cjm files are UTF-8</source>
            <translation>está codificado como {name}; los archivos .cjm son UTF-8</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte 0x{value:02x} on line {line}); .cjm files are UTF-8</source>
            <translation>no es texto UTF-8 (byte 0x{value:02x} en la línea {line}); los archivos .cjm son UTF-8</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>no es un archivo normal</translation>
        </message>
        <message>
            <source>missing: this does not look like a cjdesigner map (.cjm) file</source>
            <translation>falta: esto no parece un archivo de mapa de cjdesigner (.cjm)</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>no existe el archivo</translation>
        </message>
        <message>
            <source>not a journey map: the JSON is nested too deeply</source>
            <translation>no es un mapa de recorrido: el JSON está anidado a demasiada profundidad</translation>
        </message>
        <message>
            <source>not saved, the map has problems: {why}</source>
            <translation>no se ha guardado, el mapa tiene problemas: {why}</translation>
        </message>
        <message>
            <source>not valid JSON: a number is too large{long_number}</source>
            <translation>JSON no válido: un número es demasiado grande{long_number}</translation>
        </message>
        <message>
            <source>not valid JSON: {reason} (line {line}, column {column})</source>
            <translation>JSON no válido: {reason} (línea {line}, columna {column})</translation>
        </message>
        <message>
            <source>not valid: the key {value!r} appears twice in one object</source>
            <translation>no válido: la clave {value!r} aparece dos veces en un mismo objeto</translation>
        </message>
        <message>
            <source>objects ({…})</source>
            <translation>objetos ({…})</translation>
        </message>
        <message>
            <source>permission denied (you may not read this file)</source>
            <translation>permiso denegado (no puede leer este archivo)</translation>
        </message>
        <message>
            <source>second point for step {value!r}</source>
            <translation>segundo punto para el paso {value!r}</translation>
        </message>
        <message>
            <source>the data is nested too deeply or too large</source>
            <translation>los datos están anidados a demasiada profundidad o son demasiado grandes</translation>
        </message>
        <message>
            <source>the file ends too early; it may be truncated (line {line}, column {column})</source>
            <translation>el archivo termina demasiado pronto; puede estar truncado (línea {line}, columna {column})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>this file was made by a newer cjdesigner (file format version {version}; this cjdesigner reads versions up to {SCHEMA_VERSION}). Update cjdesigner to open it.</source>
            <translation>este archivo lo creó un cjdesigner más reciente (versión de formato {version}; este cjdesigner lee versiones hasta la {SCHEMA_VERSION}). Actualice cjdesigner para abrirlo.</translation>
        </message>
        <message>
            <source>too large to be a journey map ({size:.0f} MB; the limit is {limit} MB, enough for 100,000 cards)</source>
            <translation>demasiado grande para ser un mapa de recorrido ({size:.0f} MB; el límite es {limit} MB, suficiente para 100.000 tarjetas)</translation>
        </message>
        <message>
            <source>too large to be a journey map: {count:,} {what}, more than the {limit:,} that a map of 100,000 cards could need</source>
            <translation>demasiado grande para ser un mapa de recorrido: {count:,} {what}, más que los {limit:,} que podría necesitar un mapa de 100.000 tarjetas</translation>
        </message>
        <message>
            <source>too large to load into memory</source>
            <translation>demasiado grande para cargarlo en memoria</translation>
        </message>
        <message>
            <source>unknown file format version {version} (oldest is {OLDEST_VERSION})</source>
            <translation>versión de formato desconocida {version} (la más antigua es {OLDEST_VERSION})</translation>
        </message>
        <message>
            <source>values</source>
            <translation>valores</translation>
        </message>
        <message>
            <source>{name}: {count:,} entries, more than the {limit:,} allowed</source>
            <translation>{name}: {count:,} entradas, más que las {limit:,} permitidas</translation>
        </message>
        <message>
            <source>{path}: not valid text (a lone surrogate \u{code:04x}, half of a character)</source>
            <translation>{path}: texto no válido (un sustituto suelto \u{code:04x}, medio carácter)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{shown}: cannot save ({reason})</source>
            <translation>{shown}: no se puede guardar ({reason})</translation>
        </message>
        <message>
            <source>{shown}: cannot save: it is a folder</source>
            <translation>{shown}: no se puede guardar: es una carpeta</translation>
        </message>
        <message>
            <source>{shown}: not overwritten, because the file there does not open as a journey map ({value}). Save under another name.</source>
            <translation>{shown}: no se ha sobrescrito, porque el archivo que hay allí no se abre como mapa de recorrido ({value}). Guarde con otro nombre.</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file changed on disk since it was opened or saved</source>
            <translation>{shown}: no se ha guardado: el archivo cambió en el disco desde que se abrió o se guardó</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file is read-only; save under another name</source>
            <translation>{shown}: no se ha guardado: el archivo es de solo lectura; guarde con otro nombre</translation>
        </message>
        <message>
            <source>{shown}: not saved: the map holds a value that cannot be written ({exc})</source>
            <translation>{shown}: no se ha guardado: el mapa contiene un valor que no se puede escribir ({exc})</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}</source>
            <translation>{shown}: no se ha guardado: {strerror}</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}; save under another name</source>
            <translation>{shown}: no se ha guardado: {strerror}; guarde con otro nombre</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: {problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{source}: {problem} (y %n problema más)</numerusform>
                <numerusform>{source}: {problem} (y %n problemas más)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… y %n problema más</numerusform>
                <numerusform>… y %n problemas más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Find</name>
        <message numerus="yes">
            <source>%n+ vote(s)</source>
            <translation>
                <numerusform>%n+ voto</numerusform>
                <numerusform>%n+ votos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message>
            <source>All cards</source>
            <translation>Todas las tarjetas</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Cerrar la barra de búsqueda</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtro</translation>
        </message>
        <message>
            <source>Filter by</source>
            <translation>Filtrar por</translation>
        </message>
        <message>
            <source>Filter value</source>
            <translation>Valor del filtro</translation>
        </message>
        <message>
            <source>Find in cards</source>
            <translation>Buscar en las tarjetas</translation>
        </message>
        <message>
            <source>Find in cards…</source>
            <translation>Buscar en las tarjetas…</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Siguiente coincidencia</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Siguiente coincidencia (F3)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Sin coincidencias</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Coincidencia anterior</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Coincidencia anterior (Mayús+F3)</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} de {count}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Alt+Arrow keys</source>
            <translation>Alt+flechas</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Flechas</translation>
        </message>
        <message>
            <source>Card editor ▸ From title to description</source>
            <translation>Editor de tarjeta ▸ Del título a la descripción</translation>
        </message>
        <message>
            <source>Card editor ▸ Keep the text (Ctrl+Enter in the description)</source>
            <translation>Editor de tarjeta ▸ Conservar el texto (Ctrl+Intro en la descripción)</translation>
        </message>
        <message>
            <source>Card editor ▸ Put the text back (a new card keeps it)</source>
            <translation>Editor de tarjeta ▸ Restaurar el texto (una tarjeta nueva lo conserva)</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <source>Ctrl+wheel</source>
            <translation>Ctrl+rueda</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supr</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
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
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Map ▸ Add a card in the cell; rename the selected header</source>
            <translation>Mapa ▸ Añadir una tarjeta en la celda; cambiar el nombre de la cabecera elegida</translation>
        </message>
        <message>
            <source>Map ▸ Clear the selection; cancel a drag</source>
            <translation>Mapa ▸ Quitar la selección; cancelar un arrastre</translation>
        </message>
        <message>
            <source>Map ▸ Delete the selected cards, header or curve</source>
            <translation>Mapa ▸ Eliminar las tarjetas, la cabecera o la curva elegidas</translation>
        </message>
        <message>
            <source>Map ▸ Edit the selected card's text</source>
            <translation>Mapa ▸ Editar el texto de la tarjeta elegida</translation>
        </message>
        <message>
            <source>Map ▸ Move between cells and cards</source>
            <translation>Mapa ▸ Moverse entre celdas y tarjetas</translation>
        </message>
        <message>
            <source>Map ▸ Move the selected cards to the next cell</source>
            <translation>Mapa ▸ Mover las tarjetas elegidas a la celda siguiente</translation>
        </message>
        <message>
            <source>Map ▸ Pan</source>
            <translation>Mapa ▸ Desplazar</translation>
        </message>
        <message>
            <source>Map ▸ Scroll sideways</source>
            <translation>Mapa ▸ Desplazar en horizontal</translation>
        </message>
        <message>
            <source>Map ▸ Select several cards</source>
            <translation>Mapa ▸ Elegir varias tarjetas</translation>
        </message>
        <message>
            <source>Map ▸ Up from the first row: step, then stage header; Left from the first column: lane header</source>
            <translation>Mapa ▸ Arriba desde la primera fila: cabecera de paso y luego de etapa; izquierda desde la primera columna: cabecera de carril</translation>
        </message>
        <message>
            <source>Map ▸ Zoom</source>
            <translation>Mapa ▸ Zoom</translation>
        </message>
        <message>
            <source>Shift+F6</source>
            <translation>Mayús+F6</translation>
        </message>
        <message>
            <source>Shift+click, Ctrl+click</source>
            <translation>Mayús+clic, Ctrl+clic</translation>
        </message>
        <message>
            <source>Shift+wheel</source>
            <translation>Mayús+rueda</translation>
        </message>
        <message>
            <source>Space+drag, middle drag</source>
            <translation>Espacio+arrastrar, arrastrar con el botón central</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Up / Left</source>
            <translation>Arriba / Izquierda</translation>
        </message>
        <message>
            <source>Window ▸ Back to the map from a panel</source>
            <translation>Ventana ▸ Volver al mapa desde un panel</translation>
        </message>
        <message>
            <source>Window ▸ Next panel (map, outline, inspector…)</source>
            <translation>Ventana ▸ Panel siguiente (mapa, esquema, inspector…)</translation>
        </message>
        <message>
            <source>Window ▸ Previous panel</source>
            <translation>Ventana ▸ Panel anterior</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no computed value (the workbook was written by a program that does not calculate) and read as empty; open and save it in Excel or LibreOffice first to compute them</source>
            <translation>
                <numerusform>%n celda de fórmula sin valor calculado (el libro lo escribió un programa que no calcula) se leyó como vacía; ábralo y guárdelo antes en Excel o LibreOffice para calcularla</numerusform>
                <numerusform>%n celdas de fórmula sin valor calculado (el libro lo escribió un programa que no calcula) se leyeron como vacías; ábralo y guárdelo antes en Excel o LibreOffice para calcularlas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s), nothing imported:
  {problems}</source>
            <translation>
                <numerusform>%n problema, no se ha importado nada:
  {problems}</numerusform>
                <numerusform>%n problemas, no se ha importado nada:
  {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}</source>
            <translation>. El encabezado es una sola celda con {found}, pero las filas se leyeron como separadas por {used}: separe todas las filas con {found}</translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}, or add a first line sep={separator}</source>
            <translation>. El encabezado es una sola celda con {found}, pero las filas se leyeron como separadas por {used}: separe todas las filas con {found} o añada una primera línea sep={separator}</translation>
        </message>
        <message>
            <source>. The header is one quoted cell; remove the quotes around the header row</source>
            <translation>. El encabezado es una sola celda entre comillas; quite las comillas alrededor de la fila de encabezado</translation>
        </message>
        <message>
            <source>a tag is longer than {limit} characters</source>
            <translation>una etiqueta tiene más de {limit} caracteres</translation>
        </message>
        <message>
            <source>cannot read workbooks safely: the defusedxml package is missing</source>
            <translation>no se pueden leer libros de forma segura: falta el paquete defusedxml</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>comas</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is not a number</source>
            <translation>la emoción {emotion!r} no es un número</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is outside the scale −2…+2</source>
            <translation>la emoción {emotion!r} está fuera de la escala −2…+2</translation>
        </message>
        <message>
            <source>evidence basis</source>
            <translation>tipo de evidencia</translation>
        </message>
        <message>
            <source>evidence {evidence_text!r} is not one of observed, assumed, proposed</source>
            <translation>la evidencia {evidence_text!r} no es una de observed, assumed, proposed</translation>
        </message>
        <message>
            <source>ignored cells beyond the last column in row(s) {too_wide}</source>
            <translation>se ignoraron celdas más allá de la última columna en la(s) fila(s) {too_wide}</translation>
        </message>
        <message>
            <source>ignored column {name!r}: the {column!r} column is {chosen!r}</source>
            <translation>se ignoró la columna {name!r}: la columna {column!r} es {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the hidden sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>se ignoró la hoja oculta {title!r}; las tarjetas se leen de {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>se ignoró la hoja {title!r}; las tarjetas se leen de {chosen!r}</translation>
        </message>
        <message numerus="yes">
            <source>ignored unknown column(s) {names} (known columns: {known})</source>
            <translation>
                <numerusform>se ignoró la columna desconocida {names} (columnas conocidas: {known})</numerusform>
                <numerusform>se ignoraron las columnas desconocidas {names} (columnas conocidas: {known})</numerusform>
            </translation>
        </message>
        <message>
            <source>journey kind</source>
            <translation>tipo de recorrido</translation>
        </message>
        <message>
            <source>kind of item</source>
            <translation>tipo de elemento</translation>
        </message>
        <message>
            <source>lane is empty</source>
            <translation>el carril está vacío</translation>
        </message>
        <message>
            <source>lane kind</source>
            <translation>tipo de carril</translation>
        </message>
        <message>
            <source>lane_kind {kind!r} is not a lane kind (use one of: {kinds})</source>
            <translation>lane_kind {kind!r} no es un tipo de carril (use uno de: {kinds})</translation>
        </message>
        <message>
            <source>map type</source>
            <translation>tipo de mapa</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>métrica</translation>
        </message>
        <message>
            <source>more than {limit:,} rows; split the file</source>
            <translation>más de {limit:,} filas; divida el archivo</translation>
        </message>
        <message>
            <source>no cards: the file has a header row but no data rows</source>
            <translation>no hay tarjetas: el archivo tiene una fila de encabezado pero ninguna fila de datos</translation>
        </message>
        <message>
            <source>not valid UTF-16 ({reason})</source>
            <translation>UTF-16 no válido ({reason})</translation>
        </message>
        <message>
            <source>not valid UTF-8 after the byte-order mark ({reason})</source>
            <translation>UTF-8 no válido después de la marca de orden de bytes ({reason})</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>nothing imported: the map could not be saved, {problem}; split the file into smaller ones</source>
            <translation>no se ha importado nada: el mapa no se podría guardar, {problem}; divida el archivo en otros más pequeños</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>row {row}: lane {lane!r} is {kind!r} here but {other_kind!r} in row {other_row}</source>
            <translation>fila {row}: el carril {lane!r} es {kind!r} aquí pero {other_kind!r} en la fila {other_row}</translation>
        </message>
        <message numerus="yes">
            <source>row {row}: missing required column(s) {missing}; the header row must name at least {required} (found: {found}){hint}</source>
            <translation>
                <numerusform>fila {row}: falta la columna obligatoria {missing}; la fila de encabezado debe nombrar al menos {required} (encontrado: {found}){hint}</numerusform>
                <numerusform>fila {row}: faltan las columnas obligatorias {missing}; la fila de encabezado debe nombrar al menos {required} (encontrado: {found}){hint}</numerusform>
            </translation>
        </message>
        <message>
            <source>row {row}: the column {key!r} appears twice</source>
            <translation>fila {row}: la columna {key!r} aparece dos veces</translation>
        </message>
        <message>
            <source>row {row}: unreadable CSV ({exc})</source>
            <translation>fila {row}: CSV ilegible ({exc})</translation>
        </message>
        <message>
            <source>row {row}: {problem}</source>
            <translation>fila {row}: {problem}</translation>
        </message>
        <message>
            <source>row {row}{where}: a quoted cell is never closed: its opening quote (") has no closing quote, so the rows after it would be read as part of that cell; add the missing quote</source>
            <translation>fila {row}{where}: una celda entre comillas nunca se cierra: su comilla de apertura (") no tiene comilla de cierre, así que las filas siguientes se leerían como parte de esa celda; añada la comilla que falta</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>puntos y comas</translation>
        </message>
        <message>
            <source>sheet 'Map'</source>
            <translation>hoja 'Map'</translation>
        </message>
        <message>
            <source>sheet {sheet!r} row {row}</source>
            <translation>hoja {sheet!r} fila {row}</translation>
        </message>
        <message>
            <source>sheet {title!r} has more than {limit:,} rows</source>
            <translation>la hoja {title!r} tiene más de {limit:,} filas</translation>
        </message>
        <message>
            <source>sheet {title!r} has no header row naming the column {key!r} (its columns are: {columns})</source>
            <translation>la hoja {title!r} no tiene fila de encabezado que nombre la columna {key!r} (sus columnas son: {columns})</translation>
        </message>
        <message>
            <source>sheet {title!r}: skipped {at} row(s) above the header row (titles or notes)</source>
            <translation>hoja {title!r}: se omitieron {at} fila(s) sobre la fila de encabezado (títulos o notas)</translation>
        </message>
        <message>
            <source>sheet {title!r}: {problem}</source>
            <translation>hoja {title!r}: {problem}</translation>
        </message>
        <message>
            <source>skipped row(s) {no_card}: nothing in the card columns</source>
            <translation>se omitieron la(s) fila(s) {no_card}: nada en las columnas de tarjetas</translation>
        </message>
        <message>
            <source>skipped {header_at} blank row(s) before the header</source>
            <translation>se omitieron {header_at} fila(s) vacía(s) antes del encabezado</translation>
        </message>
        <message>
            <source>stage is empty</source>
            <translation>la etapa está vacía</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabuladores</translation>
        </message>
        <message>
            <source>the cards do not make a valid map: {reason}</source>
            <translation>las tarjetas no forman un mapa válido: {reason}</translation>
        </message>
        <message>
            <source>the file has no header row</source>
            <translation>el archivo no tiene fila de encabezado</translation>
        </message>
        <message>
            <source>the file is empty; expected a header row naming at least {required}</source>
            <translation>el archivo está vacío; se esperaba una fila de encabezado que nombre al menos {required}</translation>
        </message>
        <message>
            <source>the workbook</source>
            <translation>el libro</translation>
        </message>
        <message>
            <source>the workbook cannot be read ({reason})</source>
            <translation>el libro no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>the workbook has a {sheet} sheet but no {missing}; a whole map needs Stages, Steps and Lanes (or give only a Cards sheet)</source>
            <translation>el libro tiene una hoja {sheet} pero ninguna {missing}; un mapa completo necesita Stages, Steps y Lanes (o dé solo una hoja Cards)</translation>
        </message>
        <message>
            <source>the workbook has no Cards sheet: the map has no cards</source>
            <translation>el libro no tiene hoja Cards: el mapa no tiene tarjetas</translation>
        </message>
        <message>
            <source>the workbook has no Map sheet: the title is the file name</source>
            <translation>el libro no tiene hoja Map: el título es el nombre del archivo</translation>
        </message>
        <message>
            <source>the workbook has no visible sheet</source>
            <translation>el libro no tiene ninguna hoja visible</translation>
        </message>
        <message>
            <source>the workbook has {count:,} parts; too many to be a map</source>
            <translation>el libro tiene {count:,} partes; demasiadas para ser un mapa</translation>
        </message>
        <message>
            <source>the workbook is damaged ({exc})</source>
            <translation>el libro está dañado ({exc})</translation>
        </message>
        <message>
            <source>the workbook unpacks to {unpacked:,} bytes; too large to be a map</source>
            <translation>el libro se descomprime en {unpacked:,} bytes; demasiado grande para ser un mapa</translation>
        </message>
        <message>
            <source>this is a text file, not an Excel workbook; a card list in CSV form needs a file name ending in .csv</source>
            <translation>esto es un archivo de texto, no un libro de Excel; una lista de tarjetas en CSV necesita un nombre de archivo que termine en .csv</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file</source>
            <translation>esto es {what}, no un archivo CSV</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file; import it as a workbook (a file name ending in .xlsx)</source>
            <translation>esto es {what}, no un archivo CSV; impórtelo como libro (un nombre de archivo que termine en .xlsx)</translation>
        </message>
        <message>
            <source>this is {what}, not an Excel workbook</source>
            <translation>esto es {what}, no un libro de Excel</translation>
        </message>
        <message>
            <source>this is {what}; save it as an Excel workbook (.xlsx) and import that</source>
            <translation>esto es {what}; guárdelo como libro de Excel (.xlsx) e importe ese</translation>
        </message>
        <message>
            <source>too large for a card list ({count:,} bytes)</source>
            <translation>demasiado grande para una lista de tarjetas ({count:,} bytes)</translation>
        </message>
        <message>
            <source>too large for a workbook of a map ({count:,} bytes)</source>
            <translation>demasiado grande para el libro de un mapa ({count:,} bytes)</translation>
        </message>
        <message>
            <source>{column} is longer than {limit} characters</source>
            <translation>{column} tiene más de {limit} caracteres</translation>
        </message>
        <message>
            <source>{path}: cannot read ({reason})</source>
            <translation>{path}: no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write ({reason})</source>
            <translation>{path}: no se puede escribir ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write: it is a folder</source>
            <translation>{path}: no se puede escribir: es una carpeta</translation>
        </message>
        <message>
            <source>{path}: too large for a card list ({size:,} bytes)</source>
            <translation>{path}: demasiado grande para una lista de tarjetas ({size:,} bytes)</translation>
        </message>
        <message>
            <source>{path}: too large for a workbook of a map ({size:,} bytes)</source>
            <translation>{path}: demasiado grande para el libro de un mapa ({size:,} bytes)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{sheet} sheet</source>
            <translation>hoja {sheet}</translation>
        </message>
        <message>
            <source>{text!r} is not a clock time such as 07:30</source>
            <translation>{text!r} no es una hora como 07:30</translation>
        </message>
        <message>
            <source>{text!r} is not a {what} (use one of: {choices})</source>
            <translation>{text!r} no es un {what} válido (use uno de: {choices})</translation>
        </message>
        <message>
            <source>{value!r} is neither yes nor no</source>
            <translation>{value!r} no es ni sí ni no</translation>
        </message>
        <message>
            <source>{value!r} is not JSON</source>
            <translation>{value!r} no es JSON</translation>
        </message>
        <message>
            <source>{value!r} is not a number</source>
            <translation>{value!r} no es un número</translation>
        </message>
        <message>
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} no es un número entero</translation>
        </message>
        <message>
            <source>{where}, metric: empty (CSAT, CES or NPS)</source>
            <translation>{where}, metric: vacío (CSAT, CES o NPS)</translation>
        </message>
        <message>
            <source>{where}, score: empty</source>
            <translation>{where}, score: vacío</translation>
        </message>
        <message>
            <source>{where}, step_id: no step with id {step_id!r}</source>
            <translation>{where}, step_id: ningún paso con el id {step_id!r}</translation>
        </message>
        <message>
            <source>{where}, {column}: {problem}</source>
            <translation>{where}, {column}: {problem}</translation>
        </message>
        <message>
            <source>{where}: ignored the unknown field {key!r}</source>
            <translation>{where}: se ignoró el campo desconocido {key!r}</translation>
        </message>
        <message>
            <source>{where}: no curve with id {curve!r} in the Curves sheet</source>
            <translation>{where}: ninguna curva con el id {curve!r} en la hoja Curves</translation>
        </message>
        <message>
            <source>{where}: no lane titled {lane!r} in the Lanes sheet; name one or give a lane_id</source>
            <translation>{where}: ningún carril titulado {lane!r} en la hoja Lanes; nombre uno o dé un lane_id</translation>
        </message>
        <message>
            <source>{where}: no stage named {stage!r} in the Stages sheet</source>
            <translation>{where}: ninguna etapa llamada {stage!r} en la hoja Stages</translation>
        </message>
        <message>
            <source>{where}: no stage with id {stage!r} in the Stages sheet</source>
            <translation>{where}: ninguna etapa con el id {stage!r} en la hoja Stages</translation>
        </message>
        <message>
            <source>{where}: no step {step!r} in stage {stage!r} (Steps sheet); name them or give a step_id</source>
            <translation>{where}: ningún paso {step!r} en la etapa {stage!r} (hoja Steps); nómbrelos o dé un step_id</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>… and {count:,} more</source>
            <translation>… y {count:,} más</translation>
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
            <translation> de 5</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n paso</numerusform>
                <numerusform>%n pasos</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation>(tarjeta sin título)</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Celda</translation>
        </message>
        <message>
            <source>Changes apply to every selected card.</source>
            <translation>Los cambios se aplican a todas las tarjetas seleccionadas.</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Click a card, a stage, a step, a lane or the emotion curve to edit it here. Double-click an empty cell to add a card.</source>
            <translation>Haz clic en una tarjeta, una fase, un paso, un carril o la curva de emociones para editarlo aquí. Haz doble clic en una celda vacía para añadir una tarjeta.</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Clock time as HH:MM, e.g. 07:30</source>
            <translation>Hora en formato HH:MM, p. ej. 07:30</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>Eliminar curva</translation>
        </message>
        <message>
            <source>Derived from the cards' mean</source>
            <translation>Derivados de la media de las tarjetas</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Difference per step</source>
            <translation>Diferencia por paso</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Edit emotion scale</source>
            <translation>Editar la escala de emociones</translation>
        </message>
        <message>
            <source>Edit links</source>
            <translation>Editar enlaces</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Esfuerzo</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emoción</translation>
        </message>
        <message>
            <source>Empty cell</source>
            <translation>Celda vacía</translation>
        </message>
        <message>
            <source>Empty steps</source>
            <translation>Pasos vacíos</translation>
        </message>
        <message>
            <source>Every step met or beat what was expected.</source>
            <translation>Cada paso cumplió o superó lo esperado.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Expected against experienced</source>
            <translation>Esperado frente a vivido</translation>
        </message>
        <message>
            <source>Expected, experienced…</source>
            <translation>Esperado, vivido…</translation>
        </message>
        <message>
            <source>Experienced minus expected at each step; click to show the step</source>
            <translation>Vivido menos esperado en cada paso; haga clic para mostrar el paso</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>Sigue</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Highest must be above lowest, with 2–21 levels</source>
            <translation>El máximo debe superar al mínimo, con 2–21 niveles</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <source>In stage {name}</source>
            <translation>En la fase {name}</translation>
        </message>
        <message>
            <source>Interview, survey, analytics…</source>
            <translation>Entrevista, encuesta, analítica…</translation>
        </message>
        <message>
            <source>Its points</source>
            <translation>Sus puntos</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>Levels run from lowest to highest, one per line. Changing the range moves the curve's points with it.</source>
            <translation>Los niveles van del más bajo al más alto, uno por línea. Cambiar el rango mueve con él los puntos de la curva.</translation>
        </message>
        <message>
            <source>Link to card…</source>
            <translation>Enlazar con una tarjeta…</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Enlaces</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Mínimo</translation>
        </message>
        <message>
            <source>Metrics: one a line, such as “CSAT 82 % · n = 45 · 69 to 90” (CSAT per cent satisfied, CES 1–7, NPS −100…100; n answers; 95 % interval). `cjdesigner metrics` fills them from survey answers.</source>
            <translation>Métricas: una por línea, como «CSAT 82 % · n = 45 · 69 to 90» (CSAT porcentaje de satisfechos, CES 1–7, NPS −100…100; n respuestas; intervalo del 95 %). `cjdesigner metrics` las rellena a partir de las respuestas de encuestas.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nada seleccionado</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Path or URL</source>
            <translation>Ruta o URL</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove this emotion curve from the map (Undo brings it back)</source>
            <translation>Quitar esta curva de emoción del mapa (Deshacer la recupera)</translation>
        </message>
        <message>
            <source>Reset curve</source>
            <translation>Restablecer la curva</translation>
        </message>
        <message>
            <source>Reset points to card emotions</source>
            <translation>Restablecer los puntos según las emociones de las tarjetas</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Steps to improve first; click to show the step</source>
            <translation>Pasos que mejorar primero; haga clic para mostrar el paso</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>The lowest moments of this curve. Label another curve of the same persona “Expected” to rank the steps by the gap instead.</source>
            <translation>Los momentos más bajos de esta curva. Llame «Esperado» a otra curva de la misma persona para ordenar los pasos por la brecha.</translation>
        </message>
        <message>
            <source>The steps that fell furthest below what was expected.</source>
            <translation>Los pasos que más se quedaron por debajo de lo esperado.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Qué ocurre</translation>
        </message>
        <message>
            <source>Where to act first</source>
            <translation>Dónde actuar primero</translation>
        </message>
        <message>
            <source>as expected</source>
            <translation>como se esperaba</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>separados, por comas</translation>
        </message>
        <message>
            <source>{experienced} against {expected}: the shaded band on the map is the gap.</source>
            <translation>{experienced} frente a {expected}: la banda sombreada del mapa es la brecha.</translation>
        </message>
        <message>
            <source>{stage} › {step}: expected {expected}, experienced {experienced}</source>
            <translation>{stage} › {step}: esperado {expected}, vivido {experienced}</translation>
        </message>
        <message>
            <source>{step}  ·  {gap} below expected</source>
            <translation>{step}  ·  {gap} por debajo de lo esperado</translation>
        </message>
        <message numerus="yes">
            <source>{where}

%n card(s) here. Arrow keys pick a card; Enter adds another one.</source>
            <translation>
                <numerusform>{where}

%n tarjeta aquí. Las flechas eligen una tarjeta; Intro añade otra.</numerusform>
                <numerusform>{where}

%n tarjetas aquí. Las flechas eligen una tarjeta; Intro añade otra.</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}

Press Enter or double-click to add a card here.</source>
            <translation>{where}

Pulsa Intro o haz doble clic para añadir una tarjeta aquí.</translation>
        </message>
    </context>
    <context>
        <name>Interactions</name>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Mover %n tarjeta</numerusform>
                <numerusform>Mover %n tarjetas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{title}: stopping…</source>
            <translation>{title}: deteniendo…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (read-only)</source>
            <translation> (solo lectura)</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>%n tarjeta seleccionada</numerusform>
                <numerusform>%n tarjetas seleccionadas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About {APP_NAME}</source>
            <translation>&amp;Acerca de {APP_NAME}</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>Tamaño &amp;real</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;Tarjeta</translation>
        </message>
        <message>
            <source>&amp;Close Map</source>
            <translation>&amp;Cerrar mapa</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Emotion Curve</source>
            <translation>Curva de &amp;emociones</translation>
        </message>
        <message>
            <source>&amp;Export Poster…</source>
            <translation>&amp;Exportar póster…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Find and Filter…</source>
            <translation>&amp;Buscar y filtrar…</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>&amp;Ajustar el mapa</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Insertar</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>Ca&amp;rril</translation>
        </message>
        <message>
            <source>&amp;New Map</source>
            <translation>&amp;Nuevo mapa</translation>
        </message>
        <message>
            <source>&amp;Next Map</source>
            <translation>Mapa &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Paneles</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>&amp;Persona</source>
            <translation>&amp;Persona</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>Modo &amp;presentación</translation>
        </message>
        <message>
            <source>&amp;Previous Map</source>
            <translation>Mapa &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>&amp;Volver a lo guardado</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Fase</translation>
        </message>
        <message>
            <source>&amp;Start Page</source>
            <translation>Página de &amp;inicio</translation>
        </message>
        <message>
            <source>&amp;Stop Timer</source>
            <translation>&amp;Detener el temporizador</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>Ve&amp;ntana</translation>
        </message>
        <message>
            <source>A future-state map made from this one, compared with it</source>
            <translation>Un mapa del estado futuro creado a partir de este y comparado con él</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Acerca de {APP_NAME}</translation>
        </message>
        <message>
            <source>Add a &amp;Vote</source>
            <translation>Añadir un &amp;voto</translation>
        </message>
        <message>
            <source>Add a card in the current cell</source>
            <translation>Añadir una tarjeta en la celda actual</translation>
        </message>
        <message>
            <source>Add a lane below the selected one</source>
            <translation>Añadir un carril debajo del seleccionado</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <source>Add a stage after the selected one</source>
            <translation>Añadir una fase después de la seleccionada</translation>
        </message>
        <message>
            <source>Add a step after the selected one</source>
            <translation>Añadir un paso después del seleccionado</translation>
        </message>
        <message>
            <source>Add another emotion curve</source>
            <translation>Añadir otra curva de emociones</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message>
            <source>Both versions step by step in one map (Now and Future lanes), to print</source>
            <translation>Ambas versiones paso a paso en un solo mapa (carriles Ahora y Futuro), para imprimir</translation>
        </message>
        <message>
            <source>Clear Recent</source>
            <translation>Borrar recientes</translation>
        </message>
        <message>
            <source>Close map</source>
            <translation>Cerrar mapa</translation>
        </message>
        <message>
            <source>Close this map</source>
            <translation>Cerrar este mapa</translation>
        </message>
        <message>
            <source>Close {name}</source>
            <translation>Cerrar {name}</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>Co&amp;mparar</translation>
        </message>
        <message>
            <source>Compare the map with another version first (View › Compare).</source>
            <translation>Compara primero el mapa con otra versión (Ver › Comparar).</translation>
        </message>
        <message>
            <source>Compare with &amp;File…</source>
            <translation>Comparar con un &amp;archivo…</translation>
        </message>
        <message>
            <source>Compare with &amp;Last Saved</source>
            <translation>Comparar con lo &amp;último guardado</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparación</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Count down {minutes} minutes in the status bar</source>
            <translation>Cuenta atrás de {minutes} minutos en la barra de estado</translation>
        </message>
        <message>
            <source>Create &amp;Future State</source>
            <translation>Crear el estado &amp;futuro</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>Drop unsaved changes</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
        <message>
            <source>Emotion curve selected</source>
            <translation>Curva de emociones seleccionada</translation>
        </message>
        <message>
            <source>Export &amp;As</source>
            <translation>Exportar &amp;como</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>Exportar C&amp;SV…</translation>
        </message>
        <message>
            <source>Export a PDF poster</source>
            <translation>Exportar un póster en PDF</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>Pantalla &amp;completa</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Buscar &amp;siguiente</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Buscar &amp;anterior</translation>
        </message>
        <message>
            <source>Find cards; filter by channel, owner, tag or evidence</source>
            <translation>Buscar tarjetas; filtrar por canal, responsable, etiqueta o evidencia</translation>
        </message>
        <message>
            <source>Import &amp;CSV or Excel…</source>
            <translation>Importar &amp;CSV o Excel…</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Lane selected</source>
            <translation>Carril seleccionado</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Map too large to keep safe</source>
            <translation>Mapa demasiado grande para guardarlo con seguridad</translation>
        </message>
        <message>
            <source>Mark what changed against another map file</source>
            <translation>Marcar qué cambió respecto a otro archivo de mapa</translation>
        </message>
        <message>
            <source>Mark what changed since the map was last saved</source>
            <translation>Marcar qué cambió desde la última vez que se guardó el mapa</translation>
        </message>
        <message>
            <source>New &amp;Empty Map</source>
            <translation>Nuevo mapa &amp;vacío</translation>
        </message>
        <message>
            <source>New Service &amp;Blueprint</source>
            <translation>Nuevo &amp;plano de servicio</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>Nuevo desde &amp;plantilla</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>No hay mapas recientes</translation>
        </message>
        <message>
            <source>No templates installed</source>
            <translation>No hay plantillas instaladas</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Aún sin guardar</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nada seleccionado</translation>
        </message>
        <message>
            <source>One more vote for each selected card</source>
            <translation>Un voto más para cada tarjeta seleccionada</translation>
        </message>
        <message>
            <source>One vote less for each selected card</source>
            <translation>Un voto menos para cada tarjeta seleccionada</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Open Comparison &amp;Map</source>
            <translation>Abrir el &amp;mapa de comparación</translation>
        </message>
        <message>
            <source>Open a map file</source>
            <translation>Abrir un archivo de mapa</translation>
        </message>
        <message>
            <source>Open cards or a whole map from a spreadsheet</source>
            <translation>Abrir tarjetas o un mapa completo desde una hoja de cálculo</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Esquema</translation>
        </message>
        <message>
            <source>Page Set&amp;up…</source>
            <translation>Configurar &amp;página…</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Poster export is not installed</source>
            <translation>La exportación de pósteres no está instalada</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>Pr&amp;eferencias…</translation>
        </message>
        <message>
            <source>Print &amp;Tiled…</source>
            <translation>Imprimir en &amp;mosaico…</translation>
        </message>
        <message>
            <source>Print the poster across several sheets to tape together</source>
            <translation>Imprimir el póster en varias hojas para unirlas con cinta</translation>
        </message>
        <message>
            <source>Print the poster on one page of the printer's paper</source>
            <translation>Imprimir el póster en una página del papel de la impresora</translation>
        </message>
        <message>
            <source>Printer, paper, orientation and margins for printing</source>
            <translation>Impresora, papel, orientación y márgenes para imprimir</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioridades</translation>
        </message>
        <message>
            <source>Quit cjdesigner</source>
            <translation>Salir de cjdesigner</translation>
        </message>
        <message>
            <source>Recent files, templates and recovered work</source>
            <translation>Archivos recientes, plantillas y trabajo recuperado</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>Pa&amp;so</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>Save the map</source>
            <translation>Guardar el mapa</translation>
        </message>
        <message>
            <source>Save the map under a new name</source>
            <translation>Guardar el mapa con otro nombre</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Seleccionar &amp;todo</translation>
        </message>
        <message>
            <source>Stage selected</source>
            <translation>Fase seleccionada</translation>
        </message>
        <message>
            <source>Start a map with no stages, lanes or curves</source>
            <translation>Empezar un mapa sin etapas, carriles ni curvas</translation>
        </message>
        <message>
            <source>Start a new customer journey: five stages and the usual lanes</source>
            <translation>Empezar un nuevo recorrido del cliente: cinco etapas y los carriles habituales</translation>
        </message>
        <message>
            <source>Start a service blueprint: customer actions over the frontstage, backstage and support layers</source>
            <translation>Empezar un plano de servicio: las acciones del cliente sobre las capas de escenario, trastienda y soporte</translation>
        </message>
        <message>
            <source>Step selected</source>
            <translation>Paso seleccionado</translation>
        </message>
        <message>
            <source>Stop &amp;Comparing</source>
            <translation>Dejar de &amp;comparar</translation>
        </message>
        <message>
            <source>Take Back a V&amp;ote</source>
            <translation>Retirar un v&amp;oto</translation>
        </message>
        <message>
            <source>The map alone, full screen, for a projector (Esc or F5 to leave)</source>
            <translation>Solo el mapa, a pantalla completa, para un proyector (Esc o F5 para salir)</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>Se acabó el tiempo</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra de herramientas</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Unsaved · recovery copy {stamp}</source>
            <translation>Sin guardar · copia de recuperación {stamp}</translation>
        </message>
        <message>
            <source>Workshop &amp;Timer</source>
            <translation>&amp;Temporizador del taller</translation>
        </message>
        <message>
            <source>Write the cards to a CSV file</source>
            <translation>Escribir las tarjetas en un archivo CSV</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>Zoom {text}</source>
            <translation>Zoom {text}</translation>
        </message>
        <message>
            <source>cjdesigner keeps a copy of unsaved work and offers it back after a crash</source>
            <translation>cjdesigner guarda una copia del trabajo sin guardar y la ofrece tras un cierre inesperado</translation>
        </message>
        <message>
            <source>{APP_NAME} {version}

Customer journey maps and service blueprints, made offline, printed as wall-size posters.</source>
            <translation>{APP_NAME} {version}

Mapas del recorrido del cliente y blueprints de servicio, hechos sin conexión e impresos como pósteres de pared.</translation>
        </message>
        <message>
            <source>{display_name} is now {why}.

Neither a save nor the recovery copy could be opened again. Remove cards (or move some to another map) before you close it; exports still work.</source>
            <translation>{display_name} es ahora {why}.

Ni un archivo guardado ni la copia de recuperación podrían volver a abrirse. Quita tarjetas (o mueve algunas a otro mapa) antes de cerrarlo; las exportaciones siguen funcionando.</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minutos</translation>
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>%n curva de emociones</numerusform>
                <numerusform>%n curvas de emociones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>%n carril</numerusform>
                <numerusform>%n carriles</numerusform>
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
                <numerusform>%n fases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n paso</numerusform>
                <numerusform>%n pasos</numerusform>
            </translation>
        </message>
        <message>
            <source>A service blueprint shows what happens frontstage, backstage and in support processes, under the lines of interaction, visibility and internal interaction.</source>
            <translation>Un plano de servicio muestra lo que ocurre en el escenario, en la trastienda y en los procesos de soporte, bajo las líneas de interacción, de visibilidad y de interacción interna.</translation>
        </message>
        <message>
            <source>Add blueprint layers</source>
            <translation>Añadir las capas del plano</translation>
        </message>
        <message>
            <source>Add the blueprint layers</source>
            <translation>Añadir las capas del plano de servicio</translation>
        </message>
        <message>
            <source>Add {layers}</source>
            <translation>Añadir {layers}</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Created {created}
Last saved {saved}</source>
            <translation>Creado {created}
Guardado por última vez {saved}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Recorrido</translation>
        </message>
        <message>
            <source>Map type</source>
            <translation>Tipo de mapa</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>What this map is about, for whom and how far it reaches.</source>
            <translation>De qué trata este mapa, para quién y hasta dónde llega.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>v1, workshop 2…</source>
            <translation>v1, taller 2…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Add card here</source>
            <translation>Añadir una tarjeta aquí</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Añadir carril</translation>
        </message>
        <message>
            <source>Add lane above</source>
            <translation>Añadir carril encima</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>Añadir carril debajo</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Añadir fase</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>Añadir fase después</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>Añadir fase antes</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Add step after</source>
            <translation>Añadir paso después</translation>
        </message>
        <message>
            <source>Add step before</source>
            <translation>Añadir paso antes</translation>
        </message>
        <message>
            <source>Clear curve point</source>
            <translation>Borrar el punto de la curva</translation>
        </message>
        <message>
            <source>Clear point (use the cards' mean)</source>
            <translation>Borrar el punto (usar la media de las tarjetas)</translation>
        </message>
        <message>
            <source>Clock time…</source>
            <translation>Hora…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Color…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Cortar</translation>
        </message>
        <message>
            <source>Default colour</source>
            <translation>Color predeterminado</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>Eliminar curva</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>Editar texto</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>Tipo de carril</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Pegar</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Eliminar carril</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>Eliminar fase</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Eliminar paso</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
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
            <translation>cada métrica una vez por paso</translation>
        </message>
        <message>
            <source>not a metric line: {text!r} (e.g. CSAT 82 % · n = 45)</source>
            <translation>no es una línea de métrica: {text!r} (p. ej. CSAT 82 % · n = 45)</translation>
        </message>
        <message>
            <source>unknown metric {name!r}: CSAT, CES or NPS</source>
            <translation>métrica desconocida {name!r}: CSAT, CES o NPS</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message>
            <source>+ Lane</source>
            <translation>+ Carril</translation>
        </message>
        <message>
            <source>+ Stage</source>
            <translation>+ Fase</translation>
        </message>
        <message>
            <source>+ Step</source>
            <translation>+ Paso</translation>
        </message>
        <message>
            <source>Add a lane</source>
            <translation>Añadir un carril</translation>
        </message>
        <message>
            <source>Add a stage</source>
            <translation>Añadir una fase</translation>
        </message>
        <message>
            <source>Add a step to the selected stage</source>
            <translation>Añadir un paso a la fase seleccionada</translation>
        </message>
        <message>
            <source>Emotion curve: select it on the map; Remove deletes it</source>
            <translation>Curva de emoción: elíjala en el mapa; Quitar la elimina</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Curvas de emoción</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Carriles</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Nuevo carril</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Remove the selected stage, step, lane or curve</source>
            <translation>Quitar la etapa, el paso, el carril o la curva elegidos</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Cambiar el nombre del carril</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Cambiar el nombre de la fase</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>Cambiar el nombre del paso</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Fases</translation>
        </message>
    </context>
    <context>
        <name>Personas</name>
        <message>
            <source>(unnamed)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>A picture in the map's folder is linked; one from elsewhere is embedded in the map, scaled down.</source>
            <translation>Una imagen de la carpeta del mapa se enlaza; una de otro lugar se incrusta en el mapa, reducida.</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>Añadir curva de emociones</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>Attach a curve…</source>
            <translation>Asociar una curva…</translation>
        </message>
        <message>
            <source>Attach curve</source>
            <translation>Asociar curva</translation>
        </message>
        <message>
            <source>Attached: </source>
            <translation>Asociadas: </translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Comportamientos</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Retos</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Elegir una foto</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Elegir foto…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>Curva {number}</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Curvas de emociones</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>Vivido</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <source>Lists take one entry per line.</source>
            <translation>Las listas llevan una entrada por línea.</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivaciones</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesidades</translation>
        </message>
        <message>
            <source>New curve</source>
            <translation>Nueva curva</translation>
        </message>
        <message>
            <source>No curve attached to this persona yet.</source>
            <translation>Esta persona aún no tiene ninguna curva asociada.</translation>
        </message>
        <message>
            <source>No personas yet. A map is made for one or two primary personas.</source>
            <translation>Aún no hay personas. Un mapa se hace para una o dos personas principales.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Sin foto</translation>
        </message>
        <message>
            <source>Not shown: {reason}</source>
            <translation>No se muestra: {reason}</translation>
        </message>
        <message>
            <source>Not used: {reason}</source>
            <translation>No se usa: {reason}</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Quitar foto</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Who the map is for; ★ marks a primary persona.</source>
            <translation>Para quién es el mapa; ★ marca una persona principal.</translation>
        </message>
        <message>
            <source>Working parents in their 30s</source>
            <translation>Padres y madres trabajadores de unos treinta años</translation>
        </message>
        <message>
            <source>＋ Add</source>
            <translation>＋ Añadir</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} más</translation>
        </message>
        <message>
            <source>+{count} more (see the editor)</source>
            <translation>+{count} más (ver el editor)</translation>
        </message>
        <message>
            <source>+{count} more (see the map)</source>
            <translation>+{count} más (ver el mapa)</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Comportamientos</translation>
        </message>
        <message>
            <source>By {author}</source>
            <translation>Por {author}</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Retos</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emoción</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>Curvas de emociones</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Filled: set · hollow: derived from cards</source>
            <translation>Relleno: fijado · hueco: derivado de las tarjetas</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>HOW TO READ THIS MAP</source>
            <translation>CÓMO LEER ESTE MAPA</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>Impacto →</translation>
        </message>
        <message>
            <source>Moments that matter</source>
            <translation>Momentos que importan</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivaciones</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesidades</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>Sin evidencias registradas</translation>
        </message>
        <message>
            <source>No low moments</source>
            <translation>Sin momentos bajos</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Aún sin responsable</translation>
        </message>
        <message>
            <source>No votes or evidence yet</source>
            <translation>Aún sin votos ni evidencias</translation>
        </message>
        <message>
            <source>Notes by lane</source>
            <translation>Notas por carril</translation>
        </message>
        <message>
            <source>Observed rather than assumed</source>
            <translation>Observado en lugar de supuesto</translation>
        </message>
        <message>
            <source>Observed: {count}</source>
            <translation>Observado: {count}</translation>
        </message>
        <message>
            <source>Owner: {owner}</source>
            <translation>Responsable: {owner}</translation>
        </message>
        <message>
            <source>Priorities (impact/effort)</source>
            <translation>Prioridades (impacto/esfuerzo)</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Blueprint de servicio</translation>
        </message>
        <message>
            <source>Stage {number} of {count}</source>
            <translation>Etapa {number} de {count}</translation>
        </message>
        <message>
            <source>Time runs left to right through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>El tiempo avanza de izquierda a derecha por fases y pasos; cada fila es un carril de la experiencia. Cuanto más alto en la curva, mejor el momento.</translation>
        </message>
        <message>
            <source>Time runs right to left through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>El tiempo avanza de derecha a izquierda por fases y pasos; cada fila es un carril de la experiencia. Cuanto más alto en la curva, mejor el momento.</translation>
        </message>
        <message>
            <source>Top opportunities</source>
            <translation>Principales oportunidades</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Recorrido sin título</translation>
        </message>
        <message>
            <source>Updated {date}</source>
            <translation>Actualizado el {date}</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versión {version}</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <source>Votes: {count}</source>
            <translation>Votos: {count}</translation>
        </message>
        <message>
            <source>Worst moments</source>
            <translation>Peores momentos</translation>
        </message>
        <message>
            <source>hollow: derived from the cards' mean</source>
            <translation>hueco: derivado de la media de las tarjetas</translation>
        </message>
        <message>
            <source>the cards' mean</source>
            <translation>media de las tarjetas</translation>
        </message>
        <message>
            <source>{kind} journey</source>
            <translation>Recorrido: {kind}</translation>
        </message>
        <message>
            <source>{type} map</source>
            <translation>Mapa: {type}</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>1 … 10, ten levels</source>
            <translation>1 … 10, diez niveles</translation>
        </message>
        <message>
            <source>1 … 5, five levels</source>
            <translation>1 … 5, cinco niveles</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>−1 … +1, three levels</source>
            <translation>−1 … +1, tres niveles</translation>
        </message>
        <message>
            <source>−2 … +2, five levels</source>
            <translation>−2 … +2, cinco niveles</translation>
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source> max on a card</source>
            <translation> máx. en una tarjeta</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> votes each</source>
            <translation> votos cada uno</translation>
        </message>
        <message>
            <source> · {clock} left</source>
            <translation> · quedan {clock}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>Add to cards' votes</source>
            <translation>Sumar a los votos de las tarjetas</translation>
        </message>
        <message>
            <source>Allow editing the map while presenting (L)</source>
            <translation>Permitir editar el mapa durante la presentación (L)</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anónima</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Approve every card first (all go to the inbox)</source>
            <translation>Aprobar primero cada tarjeta (todas van a la bandeja de entrada)</translation>
        </message>
        <message>
            <source>Close voting</source>
            <translation>Cerrar la votación</translation>
        </message>
        <message>
            <source>Each participant spends their votes on their phone.</source>
            <translation>Cada participante reparte sus votos en su teléfono.</translation>
        </message>
        <message>
            <source>End round</source>
            <translation>Terminar la ronda</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Bandeja de entrada</translation>
        </message>
        <message>
            <source>Inbox ({inbox})</source>
            <translation>Bandeja de entrada ({inbox})</translation>
        </message>
        <message>
            <source>Inbox {count}</source>
            <translation>Bandeja de entrada {count}</translation>
        </message>
        <message>
            <source>Lanes open to phones; approve every card first (O)</source>
            <translation>Carriles abiertos a los teléfonos; aprobar primero cada tarjeta (O)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Map unlocked</source>
            <translation>Mapa desbloqueado</translation>
        </message>
        <message>
            <source>Next stage in the spotlight (→)</source>
            <translation>Siguiente fase en el foco (→)</translation>
        </message>
        <message>
            <source>No spotlight (Home)</source>
            <translation>Sin foco (Inicio)</translation>
        </message>
        <message>
            <source>One minute less (−)</source>
            <translation>Un minuto menos (−)</translation>
        </message>
        <message>
            <source>One minute more (+)</source>
            <translation>Un minuto más (+)</translation>
        </message>
        <message>
            <source>Participants' cards waiting for approval (I)</source>
            <translation>Tarjetas de los participantes pendientes de aprobación (I)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Teléfonos</translation>
        </message>
        <message>
            <source>Previous stage in the spotlight (←)</source>
            <translation>Fase anterior en el foco (←)</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privado</translation>
        </message>
        <message>
            <source>Private mode: notes hidden until revealed together (P)</source>
            <translation>Modo privado: notas ocultas hasta revelarlas juntas (P)</translation>
        </message>
        <message numerus="yes">
            <source>Private · %n note(s) hidden</source>
            <translation>
                <numerusform>Privado · %n nota oculta</numerusform>
                <numerusform>Privado · %n notas ocultas</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Reset the timer (R)</source>
            <translation>Restablecer el temporizador (R)</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Revelar</translation>
        </message>
        <message>
            <source>Revealed: {cast} votes from {voters} people</source>
            <translation>Revelado: {cast} votos de {voters} personas</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Fijar</translation>
        </message>
        <message>
            <source>Set the timer (T)</source>
            <translation>Fijar el temporizador (T)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Start or pause the timer (Space)</source>
            <translation>Iniciar o pausar el temporizador (Espacio)</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>Iniciar la votación</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Votar</translation>
        </message>
        <message>
            <source>Vote round (V)</source>
            <translation>Ronda de votación (V)</translation>
        </message>
        <message>
            <source>Voting closed: {cast} votes cast. Reveal when ready.</source>
            <translation>Votación cerrada: {cast} votos emitidos. Revélalos cuando estéis listos.</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>Votación abierta</translation>
        </message>
        <message>
            <source>Voting open ({kind}): {cast} votes cast by {voters} of {people}{left}</source>
            <translation>Votación abierta ({kind}): {cast} votos emitidos por {voters} de {people}{left}</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Mapa completo</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anónima</translation>
        </message>
        <message>
            <source>named</source>
            <translation>nominal</translation>
        </message>
        <message>
            <source>untimed</source>
            <translation>sin límite de tiempo</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>could not prepare the printout: {value}</source>
            <translation>no se pudo preparar la impresión: {value}</translation>
        </message>
        <message>
            <source>the printer could not be started</source>
            <translation>no se pudo iniciar la impresora</translation>
        </message>
        <message>
            <source>the printout has {page_count} pages; none is in the range {fromPage}–{toPage}</source>
            <translation>la impresión tiene {page_count} páginas; ninguna está en el intervalo {fromPage}–{toPage}</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>No cards in an opportunities or ideas lane yet.</source>
            <translation>Aún no hay tarjetas en un carril de oportunidades o ideas.</translation>
        </message>
        <message>
            <source>{rated} of {count} opportunities rated for impact and effort (Inspector). Ranked by quadrant (quick wins first), then impact − effort, impact, votes, evidence and the step's metrics.</source>
            <translation>{rated} de {count} oportunidades valoradas por impacto y esfuerzo (Inspector). Ordenadas por cuadrante (victorias rápidas primero), luego impacto − esfuerzo, impacto, votos, evidencia y métricas del paso.</translation>
        </message>
    </context>
    <context>
        <name>Raster</name>
        <message>
            <source>a resolution of {dpi:g} dpi is out of range (10–2400)</source>
            <translation>una resolución de {dpi:g} ppp está fuera de rango (10–2400)</translation>
        </message>
        <message>
            <source>a {w} × {h} pixel picture is too large; lower --dpi or export a PDF poster</source>
            <translation>una imagen de {w} × {h} píxeles es demasiado grande; baja --dpi o exporta un póster en PDF</translation>
        </message>
        <message>
            <source>not enough memory for a {w} × {h} pixel picture</source>
            <translation>no hay memoria suficiente para una imagen de {w} × {h} píxeles</translation>
        </message>
        <message>
            <source>not enough memory for a {w}-pixel-wide picture</source>
            <translation>no hay memoria suficiente para una imagen de {w} píxeles de ancho</translation>
        </message>
        <message>
            <source>the part to export lies outside the map</source>
            <translation>la parte que se va a exportar está fuera del mapa</translation>
        </message>
        <message>
            <source>{path}: cannot write the SVG</source>
            <translation>{path}: no se puede escribir el SVG</translation>
        </message>
    </context>
    <context>
        <name>RoomDialogs</name>
        <message>
            <source>  ({selected} selected)</source>
            <translation>  ({selected} seleccionado)</translation>
        </message>
        <message>
            <source>192.168.1.20:43210, or paste the join link</source>
            <translation>192.168.1.20:43210, o pega el enlace para unirte</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Dirección:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Código:</translation>
        </message>
        <message>
            <source>Here now:</source>
            <translation>Aquí ahora:</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Unirse</translation>
        </message>
        <message>
            <source>Join Session</source>
            <translation>Unirse a la sesión</translation>
        </message>
        <message>
            <source>Join link:</source>
            <translation>Enlace para unirse:</translation>
        </message>
        <message>
            <source>K7QX-M2PA</source>
            <translation>K7QX-M2PA</translation>
        </message>
        <message>
            <source>Scan the code with a phone, or join from cjdesigner:</source>
            <translation>Escanea el código con un teléfono o únete desde cjdesigner:</translation>
        </message>
        <message>
            <source>Session running</source>
            <translation>Sesión en curso</translation>
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation>Sesiones en esta red:</translation>
        </message>
        <message>
            <source>Stop Session</source>
            <translation>Detener la sesión</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Tu nombre:</translation>
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
            <translation>Alguien</translation>
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
            <translation>Personalizada ({min} … {max})</translation>
        </message>
        <message>
            <source>Emotion scale</source>
            <translation>Escala de emociones</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Poster paper</source>
            <translation>Papel del póster</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>The editor speaks the chosen language as soon as you press OK. New maps take the editor's language for the words printed on their posters.</source>
            <translation>El editor pasa al idioma elegido en cuanto pulsa Aceptar. Los mapas nuevos toman el idioma del editor para las palabras impresas en sus pósteres.</translation>
        </message>
        <message>
            <source>The emotion scale applies to curves of new maps; each curve keeps its own scale, editable in the inspector.</source>
            <translation>La escala de emociones se aplica a las curvas de los mapas nuevos; cada curva conserva su propia escala, editable en el inspector.</translation>
        </message>
        <message>
            <source>Your name, written into new maps</source>
            <translation>Tu nombre, que se escribe en los mapas nuevos</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Customer journey maps and service blueprints</source>
            <translation>Mapas del recorrido del cliente y blueprints de servicio</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Maps you open or save appear here.</source>
            <translation>Los mapas que abras o guardes aparecen aquí.</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Nuevo mapa</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Recientes</translation>
        </message>
        <message>
            <source>Recovered work</source>
            <translation>Trabajo recuperado</translation>
        </message>
        <message>
            <source>Remove from List</source>
            <translation>Quitar de la lista</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <source>Start from a template</source>
            <translation>Empezar con una plantilla</translation>
        </message>
        <message>
            <source>These maps had unsaved changes when cjdesigner last stopped.</source>
            <translation>Estos mapas tenían cambios sin guardar cuando cjdesigner se detuvo por última vez.</translation>
        </message>
        <message>
            <source>This map was never saved</source>
            <translation>Este mapa nunca se guardó</translation>
        </message>
        <message>
            <source>cjdesigner</source>
            <translation>cjdesigner</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>justo ahora</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>nunca guardado</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>hace {n} h</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>hace {n} min</translation>
        </message>
        <message>
            <source>{stem}  (missing)
{parent}</source>
            <translation>{stem}  (no encontrado)
{parent}</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <source>+1 Vote</source>
            <translation>+1 voto</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Carril</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <source>Move cards</source>
            <translation>Mover tarjetas</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Advertising</source>
            <translation>Publicidad</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Supuesto</translation>
        </message>
        <message>
            <source>Awful</source>
            <translation>Pésimo</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Trastienda</translation>
        </message>
        <message>
            <source>Branch or store</source>
            <translation>Sucursal o tienda</translation>
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
            <translation>Cancelación</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <source>Complaint or return</source>
            <translation>Queja o devolución</translation>
        </message>
        <message>
            <source>Content offered</source>
            <translation>Contenido ofrecido</translation>
        </message>
        <message>
            <source>Contract renewal</source>
            <translation>Renovación del contrato</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Estado actual</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Acciones del cliente</translation>
        </message>
        <message>
            <source>Day in the life</source>
            <translation>Un día en la vida</translation>
        </message>
        <message>
            <source>Delighted</source>
            <translation>Encantado</translation>
        </message>
        <message>
            <source>Edited on both sides</source>
            <translation>Editado en ambos lados</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Curva de emociones</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Sentimientos</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>Estado futuro</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bueno</translation>
        </message>
        <message>
            <source>Ideas / solutions</source>
            <translation>Ideas / soluciones</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <source>KPIs / metrics</source>
            <translation>KPI / métricas</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Carril</translation>
        </message>
        <message>
            <source>Line of interaction</source>
            <translation>Línea de interacción</translation>
        </message>
        <message>
            <source>Line of internal interaction</source>
            <translation>Línea de interacción interna</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>Línea de visibilidad</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Marketing content</source>
            <translation>Contenido de marketing</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>Aplicación móvil</translation>
        </message>
        <message>
            <source>Moved to different places</source>
            <translation>Movido a lugares distintos</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Negativo</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observado</translation>
        </message>
        <message>
            <source>Okay</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Phone helpline</source>
            <translation>Línea telefónica de ayuda</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Evidencia física</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Malo</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positivo</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Compra</translation>
        </message>
        <message>
            <source>Query about a product</source>
            <translation>Consulta sobre un producto</translation>
        </message>
        <message>
            <source>Removed on one side, changed on the other</source>
            <translation>Eliminado en un lado, cambiado en el otro</translation>
        </message>
        <message>
            <source>Sales staff</source>
            <translation>Personal de ventas</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>Blueprint de servicio</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Redes sociales</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Procesos de soporte</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Pensamientos</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <source>Very negative</source>
            <translation>Muy negativo</translation>
        </message>
        <message>
            <source>Very positive</source>
            <translation>Muy positivo</translation>
        </message>
        <message>
            <source>Webchat</source>
            <translation>Chat web</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Word of mouth</source>
            <translation>Boca a boca</translation>
        </message>
    </context>
    <context>
        <name>WindowDesktop</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> y %n más</numerusform>
                <numerusform> y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a journey map</source>
            <translation>No es un mapa de recorrido</translation>
        </message>
        <message>
            <source>{names} is neither a journey map (.cjm) nor a card list (.csv, .xlsx), so cjdesigner cannot open it.</source>
            <translation>{names} no es un mapa de recorrido (.cjm) ni una lista de tarjetas (.csv, .xlsx), así que cjdesigner no puede abrirlo.</translation>
        </message>
        <message>
            <source>{names}{more} are neither journey maps (.cjm) nor card lists (.csv, .xlsx), so cjdesigner cannot open them.</source>
            <translation>{names}{more} no son mapas de recorrido (.cjm) ni listas de tarjetas (.csv, .xlsx), así que cjdesigner no puede abrirlos.</translation>
        </message>
    </context>
    <context>
        <name>WindowEdit</name>
        <message>
            <source>A card needs a cell: add a stage with a step and a lane first</source>
            <translation>Una tarjeta necesita una celda: añade primero una fase con un paso y un carril</translation>
        </message>
        <message>
            <source>Add vote</source>
            <translation>Añadir voto</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>Curva {number}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Nuevo carril</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>Quitar voto</translation>
        </message>
        <message>
            <source>Select the cards to vote for</source>
            <translation>Selecciona las tarjetas que quieres votar</translation>
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <source>
… and {count} more</source>
            <translation>
… y {count} más</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>No se pudo exportar</translation>
        </message>
        <message>
            <source>Could not import the file</source>
            <translation>No se pudo importar el archivo</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>No se pudo abrir el mapa</translation>
        </message>
        <message>
            <source>Could not restore</source>
            <translation>No se pudo restaurar</translation>
        </message>
        <message>
            <source>Could not revert</source>
            <translation>No se pudo volver atrás</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <source>Could not use template</source>
            <translation>No se pudo usar la plantilla</translation>
        </message>
        <message>
            <source>Delete the recovered copy of “{title}”? This cannot be undone.</source>
            <translation>¿Eliminar la copia recuperada de «{title}»? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Discard recovered map</source>
            <translation>Descartar el mapa recuperado</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Drop all unsaved changes to “{display_name}” and reload it from disk?</source>
            <translation>¿Descartar todos los cambios sin guardar de «{display_name}» y recargarlo desde el disco?</translation>
        </message>
        <message>
            <source>Export as {label}</source>
            <translation>Exportar como {label}</translation>
        </message>
        <message>
            <source>Export not available</source>
            <translation>Exportación no disponible</translation>
        </message>
        <message>
            <source>Export of {name} stopped; nothing written</source>
            <translation>Exportación de {name} detenida; no se escribió nada</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Exportado con advertencias</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>{name} exportado</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>Exportando {name}</translation>
        </message>
        <message>
            <source>Import cards from CSV or Excel</source>
            <translation>Importar tarjetas desde CSV o Excel</translation>
        </message>
        <message>
            <source>Import of {name} stopped; nothing imported</source>
            <translation>Importación de {name} detenida; no se importó nada</translation>
        </message>
        <message>
            <source>Import warnings</source>
            <translation>Advertencias de importación</translation>
        </message>
        <message numerus="yes">
            <source>Imported with %n warning(s).</source>
            <translation>
                <numerusform>Importado con %n advertencia.</numerusform>
                <numerusform>Importado con %n advertencias.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>Importando {name}</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Abrir mapa</translation>
        </message>
        <message>
            <source>Opened {display_name}</source>
            <translation>{display_name} abierto</translation>
        </message>
        <message>
            <source>Opening {name}</source>
            <translation>Abriendo {name}</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <source>Restore recovered map</source>
            <translation>Restaurar el mapa recuperado</translation>
        </message>
        <message>
            <source>Restored {display_name} — save it to keep it</source>
            <translation>{display_name} restaurado: guárdalo para conservarlo</translation>
        </message>
        <message>
            <source>Restoring {title}</source>
            <translation>Restaurando {title}</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Volver atrás</translation>
        </message>
        <message>
            <source>Revert to saved</source>
            <translation>Volver a lo guardado</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>Guardar mapa como</translation>
        </message>
        <message>
            <source>Save map as ({name} is read-only)</source>
            <translation>Guardar mapa como ({name} es de solo lectura)</translation>
        </message>
        <message>
            <source>Save of {name} stopped; nothing written</source>
            <translation>Guardado de {name} detenido; no se escribió nada</translation>
        </message>
        <message>
            <source>Saved {display_name}</source>
            <translation>{display_name} guardado</translation>
        </message>
        <message>
            <source>Saving {name}</source>
            <translation>Guardando {name}</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Stopped opening {name}</source>
            <translation>Apertura de {name} detenida</translation>
        </message>
        <message>
            <source>Stopped restoring {title}; the copy is kept</source>
            <translation>Restauración de {title} detenida; la copia se conserva</translation>
        </message>
        <message numerus="yes">
            <source>cjdesigner kept %n map(s) with unsaved changes from the last session.</source>
            <translation>
                <numerusform>cjdesigner conservó %n mapa con cambios sin guardar de la última sesión.</numerusform>
                <numerusform>cjdesigner conservó %n mapas con cambios sin guardar de la última sesión.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file_filter};;All files (*)</source>
            <translation>{file_filter};;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>“{display_name}” is open with unsaved changes. Replace them with the recovered copy?</source>
            <translation>«{display_name}» está abierto con cambios sin guardar. ¿Reemplazarlos por la copia recuperada?</translation>
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
            <translation>No se pudo imprimir</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Solapamiento</translation>
        </message>
        <message>
            <source>Page setup saved</source>
            <translation>Configuración de página guardada</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Póster</translation>
        </message>
        <message>
            <source>Poster size</source>
            <translation>Tamaño del póster</translation>
        </message>
        <message>
            <source>Print poster</source>
            <translation>Imprimir póster</translation>
        </message>
        <message>
            <source>Print poster on several sheets</source>
            <translation>Imprimir el póster en varias hojas</translation>
        </message>
        <message>
            <source>Printed with warnings</source>
            <translation>Impreso con advertencias</translation>
        </message>
        <message>
            <source>Printing stopped; nothing was sent to the printer</source>
            <translation>Impresión detenida; no se envió nada a la impresora</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to {printer}</source>
            <translation>
                <numerusform>Se envió %n página a {printer}</numerusform>
                <numerusform>Se enviaron %n páginas a {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The poster is split across the printer’s sheets, with cut and glue marks and an assembly guide first, as in a tiled PDF.</source>
            <translation>El póster se reparte en las hojas de la impresora, con marcas de corte y pegado y primero una guía de montaje, como en un PDF en mosaico.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>la impresora</translation>
        </message>
    </context>
    <context>
        <name>WindowRoom</name>
        <message>
            <source>&amp;Follow the Presenter</source>
            <translation>&amp;Seguir al presentador</translation>
        </message>
        <message>
            <source>&amp;Host Again (the host is gone)</source>
            <translation>&amp;Alojar de nuevo (el anfitrión se ha ido)</translation>
        </message>
        <message>
            <source>&amp;Join Session…</source>
            <translation>&amp;Unirse a una sesión…</translation>
        </message>
        <message>
            <source>&amp;Leave or Stop Session</source>
            <translation>&amp;Salir o detener la sesión</translation>
        </message>
        <message>
            <source>&amp;Present to Others</source>
            <translation>&amp;Presentar a otros</translation>
        </message>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Compartir</translation>
        </message>
        <message>
            <source>&amp;Start Session…</source>
            <translation>&amp;Iniciar una sesión…</translation>
        </message>
        <message>
            <source>A relay's address starts with ws:// or wss://</source>
            <translation>La dirección de un relé empieza por ws:// o wss://</translation>
        </message>
        <message>
            <source>Address of a y-websocket server and room (ws://relay.example:1234/map):</source>
            <translation>Dirección de un servidor y-websocket y una sala (ws://relay.example:1234/map):</translation>
        </message>
        <message>
            <source>Cannot start the session: {value}</source>
            <translation>No se puede iniciar la sesión: {value}</translation>
        </message>
        <message>
            <source>Meet on a &amp;Relay Server…</source>
            <translation>Reunirse en un servidor de &amp;relé…</translation>
        </message>
        <message>
            <source>Meet on a Relay Server</source>
            <translation>Reunirse en un servidor de relé</translation>
        </message>
        <message>
            <source>Session running here now: code {code}</source>
            <translation>La sesión se ejecuta ahora aquí: código {code}</translation>
        </message>
        <message>
            <source>Session running: code {code}</source>
            <translation>Sesión en curso: código {code}</translation>
        </message>
        <message>
            <source>Session: connected</source>
            <translation>Sesión: conectada</translation>
        </message>
        <message>
            <source>Session: joining again at its new address; what you edited meanwhile merges</source>
            <translation>Sesión: uniéndote de nuevo en su nueva dirección; lo que editaste mientras tanto se fusiona</translation>
        </message>
        <message>
            <source>Session: the host cannot be reached; you keep working, and your edits merge when it is back (or Share › Host Again)</source>
            <translation>Sesión: no se puede contactar con el anfitrión; sigues trabajando y tus cambios se fusionan cuando vuelva (o Compartir › Alojar de nuevo)</translation>
        </message>
        <message>
            <source>Show Session &amp;Code…</source>
            <translation>Mostrar el &amp;código de la sesión…</translation>
        </message>
        <message>
            <source>The session does not answer yet; still trying…</source>
            <translation>La sesión aún no responde; seguimos intentándolo…</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Timer {time}</source>
            <translation>Temporizador {time}</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>Se acabó el tiempo</translation>
        </message>
        <message>
            <source>Workshop timer (View ▸ Workshop Timer)</source>
            <translation>Temporizador del taller (Ver ▸ Temporizador del taller)</translation>
        </message>
    </context>
</TS>
