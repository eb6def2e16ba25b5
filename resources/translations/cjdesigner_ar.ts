<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>Accessibility</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>لا بطاقات (%n)</numerusform>
                <numerusform>بطاقة واحدة</numerusform>
                <numerusform>بطاقتان</numerusform>
                <numerusform>%n بطاقات</numerusform>
                <numerusform>%n بطاقة</numerusform>
                <numerusform>%n بطاقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>لا خطوات (%n)</numerusform>
                <numerusform>خطوة واحدة</numerusform>
                <numerusform>خطوتان</numerusform>
                <numerusform>%n خطوات</numerusform>
                <numerusform>%n خطوة</numerusform>
                <numerusform>%n خطوة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>لا أصوات (%n)</numerusform>
                <numerusform>صوت واحد</numerusform>
                <numerusform>صوتان</numerusform>
                <numerusform>%n أصوات</numerusform>
                <numerusform>%n صوتًا</numerusform>
                <numerusform>%n صوت</numerusform>
            </translation>
        </message>
        <message>
            <source>Arrow keys move between cells and cards and up to the step, stage and lane headers; Enter adds a card or renames a header, F2 edits the card.</source>
            <translation>تنتقل مفاتيح الأسهم بين الخلايا والبطاقات وصعودًا إلى عناوين الخطوات والمراحل والمسارات؛ يضيف Enter بطاقة أو يعيد تسمية عنوان، ويحرّر F2 البطاقة.</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>خريطة الرحلة</translation>
        </message>
        <message>
            <source>Journey map: {title}</source>
            <translation>خريطة الرحلة: {title}</translation>
        </message>
        <message>
            <source>Lane {name}</source>
            <translation>المسار {name}</translation>
        </message>
        <message>
            <source>Stage {name}</source>
            <translation>المرحلة {name}</translation>
        </message>
        <message>
            <source>Step {name}</source>
            <translation>الخطوة {name}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Untitled card</source>
            <translation>بطاقة بلا عنوان</translation>
        </message>
        <message>
            <source>channel {channel}</source>
            <translation>القناة {channel}</translation>
        </message>
        <message>
            <source>emotion {value}</source>
            <translation>الشعور {value}</translation>
        </message>
        <message>
            <source>evidence {evidence}</source>
            <translation>الدليل {evidence}</translation>
        </message>
        <message>
            <source>in stage {stage}; {cards}</source>
            <translation>في المرحلة {stage}؛ {cards}</translation>
        </message>
        <message>
            <source>in {lane}, {stage} › {step}</source>
            <translation>في {lane}، {stage} › {step}</translation>
        </message>
        <message>
            <source>owner {owner}</source>
            <translation>المسؤول {owner}</translation>
        </message>
        <message>
            <source>tags {tags}</source>
            <translation>الوسوم {tags}</translation>
        </message>
        <message>
            <source>{curve} at {step}: {value}</source>
            <translation>{curve} عند {step}: {value}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>لا بطاقات</numerusform>
                <numerusform>بطاقة واحدة</numerusform>
                <numerusform>بطاقتان</numerusform>
                <numerusform>%n بطاقات</numerusform>
                <numerusform>%n بطاقة</numerusform>
                <numerusform>%n بطاقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>لا منحنيات مشاعر</numerusform>
                <numerusform>منحنى مشاعر واحد</numerusform>
                <numerusform>منحنيا مشاعر</numerusform>
                <numerusform>%n منحنيات مشاعر</numerusform>
                <numerusform>%n منحنى مشاعر</numerusform>
                <numerusform>%n منحنى مشاعر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>لا مسارات</numerusform>
                <numerusform>مسار واحد</numerusform>
                <numerusform>مساران</numerusform>
                <numerusform>%n مسارات</numerusform>
                <numerusform>%n مسارًا</numerusform>
                <numerusform>%n مسار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>لا شخصيات</numerusform>
                <numerusform>شخصية واحدة</numerusform>
                <numerusform>شخصيتان</numerusform>
                <numerusform>%n شخصيات</numerusform>
                <numerusform>%n شخصية</numerusform>
                <numerusform>%n شخصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>لا مراحل</numerusform>
                <numerusform>مرحلة واحدة</numerusform>
                <numerusform>مرحلتان</numerusform>
                <numerusform>%n مراحل</numerusform>
                <numerusform>%n مرحلة</numerusform>
                <numerusform>%n مرحلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>لا خطوات</numerusform>
                <numerusform>خطوة واحدة</numerusform>
                <numerusform>خطوتان</numerusform>
                <numerusform>%n خطوات</numerusform>
                <numerusform>%n خطوة</numerusform>
                <numerusform>%n خطوة</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>--language {tag!r} is not a language tag such as da, en-US or ar</source>
            <translation>‏--language {tag!r} ليس رمز لغة مثل da أو en-US أو ar</translation>
        </message>
        <message>
            <source>a bundled template is damaged: {exc}</source>
            <translation>أحد القوالب المرفقة تالف: {exc}</translation>
        </message>
        <message>
            <source>no template named {template!r}; choose one of: {available}</source>
            <translation>لا يوجد قالب باسم {template!r}؛ اختر واحدًا من: {available}</translation>
        </message>
        <message>
            <source>no templates are installed</source>
            <translation>لا توجد قوالب مثبتة</translation>
        </message>
        <message>
            <source>the template is damaged: {exc}</source>
            <translation>القالب تالف: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{output}: %n answer(s) stored as {metrics} step metrics</source>
            <translation>
                <numerusform>{output}: لم تُحفظ أي إجابة، {metrics} مقاييس للخطوات</numerusform>
                <numerusform>{output}: حُفظت إجابة واحدة في صورة {metrics} مقاييس للخطوات</numerusform>
                <numerusform>{output}: حُفظت إجابتان في صورة {metrics} مقاييس للخطوات</numerusform>
                <numerusform>{output}: حُفظت %n إجابات في صورة {metrics} مقاييس للخطوات</numerusform>
                <numerusform>{output}: حُفظت %n إجابة في صورة {metrics} مقاييس للخطوات</numerusform>
                <numerusform>{output}: حُفظت %n إجابة في صورة {metrics} مقاييس للخطوات</numerusform>
            </translation>
        </message>
        <message>
            <source>{output}: cannot export to {wanted} files; use one of {value} as the output suffix</source>
            <translation>{output}: لا يمكن التصدير إلى ملفات {wanted}؛ استخدم أحد الامتدادات {value} للملف الناتج</translation>
        </message>
        <message>
            <source>{output}: cannot export: {reason}</source>
            <translation>{output}: تعذّر التصدير: {reason}</translation>
        </message>
        <message>
            <source>{output}: cannot write ({reason})</source>
            <translation>{output}: تعذّرت الكتابة ({reason})</translation>
        </message>
        <message>
            <source>{output}: exported {summary}</source>
            <translation>{output}: صُدِّرت {summary}</translation>
        </message>
        <message>
            <source>{output}: future state of {map}: {summary}</source>
            <translation>{output}: الحالة المستقبلية لـ {map}: {summary}</translation>
        </message>
        <message>
            <source>{output}: imported from {source}: {summary}</source>
            <translation>{output}: استُورد من {source}: {summary}</translation>
        </message>
        <message>
            <source>{output}: is the {what} itself; choose another output file</source>
            <translation>{output}: هو {what} نفسه؛ اختر ملفًا آخر للنتيجة</translation>
        </message>
        <message>
            <source>{output}: new map from template {name}: {summary}</source>
            <translation>{output}: خريطة جديدة من القالب {name}: {summary}</translation>
        </message>
        <message>
            <source>{output}: warning: {warning}</source>
            <translation>{output}: تحذير: {warning}</translation>
        </message>
        <message>
            <source>{output}: write the comparison as .cjm (a map) or .pdf (a poster)</source>
            <translation>{output}: اكتب المقارنة بصيغة ‎.cjm (خريطة) أو ‎.pdf (ملصق)</translation>
        </message>
        <message>
            <source>{path}: already exists; add --force to replace it</source>
            <translation>{path}: موجود بالفعل؛ أضف ‎--force لاستبداله</translation>
        </message>
        <message>
            <source>{path}: is a folder</source>
            <translation>{path}: مجلد</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: الملف غير موجود</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path}: ليس ملفًا</translation>
        </message>
        <message>
            <source>{path}: not replaced: {strerror}</source>
            <translation>{path}: لم يُستبدل: {strerror}</translation>
        </message>
        <message>
            <source>{path}: ok, {summary}</source>
            <translation>{path}: سليم، {summary}</translation>
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
            <translation>{program} diff --textconv: حدّد ملفًا واحدًا بالضبط</translation>
        </message>
        <message>
            <source>{program} diff: give OLD and NEW (or git's seven diff-driver arguments)</source>
            <translation>{program} diff: حدّد القديم والجديد (أو وسائط git السبعة لمشغّل الفروق)</translation>
        </message>
        <message>
            <source>{program} export: warning: {flag} does not apply to {suffix} files</source>
            <translation>{program} export: تحذير: {flag} لا ينطبق على ملفات {suffix}</translation>
        </message>
        <message>
            <source>{program} merge: {exc}</source>
            <translation>{program} merge: {exc}</translation>
        </message>
        <message>
            <source>{program}: cannot open the editor: {problem}</source>
            <translation>{program}: تعذّر فتح المحرر: {problem}</translation>
        </message>
        <message>
            <source>{program}: cannot start the editor: {exc}</source>
            <translation>{program}: تعذّر تشغيل المحرر: {exc}</translation>
        </message>
        <message>
            <source>{program}: interrupted</source>
            <translation>{program}: أُوقف</translation>
        </message>
        <message>
            <source>{program}: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open; these commands work without one:</source>
            <translation>{program}: لا توجد شاشة (DISPLAY وWAYLAND_DISPLAY غير معرّفين)، لذا لا يمكن فتح المحرر؛ تعمل هذه الأوامر من دونها:</translation>
        </message>
        <message>
            <source>{program}: {problem}</source>
            <translation>{program}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{shown}: %n conflict(s) kept in the map; open it in cjdesigner to pick a side for each</source>
            <translation>
                <numerusform>{shown}: لا تعارضات في الخريطة</numerusform>
                <numerusform>{shown}: تعارض واحد محفوظ في الخريطة؛ افتحها في cjdesigner لاختيار أحد الجانبين</numerusform>
                <numerusform>{shown}: تعارضان محفوظان في الخريطة؛ افتحها في cjdesigner لاختيار جانب لكل منهما</numerusform>
                <numerusform>{shown}: %n تعارضات محفوظة في الخريطة؛ افتحها في cjdesigner لاختيار جانب لكل منها</numerusform>
                <numerusform>{shown}: %n تعارضًا محفوظًا في الخريطة؛ افتحها في cjdesigner لاختيار جانب لكل منها</numerusform>
                <numerusform>{shown}: %n تعارض محفوظ في الخريطة؛ افتحها في cjdesigner لاختيار جانب لكل منها</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown}: CONFLICT {describe}</source>
            <translation>{shown}: تعارض {describe}</translation>
        </message>
        <message>
            <source>{source}: warning: {warning}</source>
            <translation>{source}: تحذير: {warning}</translation>
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
            <translation>إضافة بطاقة</translation>
        </message>
        <message>
            <source>Change lane kind</source>
            <translation>تغيير نوع المسار</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Cut cards</source>
            <translation>قص البطاقات</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>حذف البطاقة</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>حذف البطاقات</translation>
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation>تكرار البطاقات</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>خطوة جديدة</translation>
        </message>
        <message>
            <source>Paste cards</source>
            <translation>لصق البطاقات</translation>
        </message>
        <message>
            <source>Recolour lane</source>
            <translation>تغيير لون المسار</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>تغيير لون المرحلة</translation>
        </message>
        <message numerus="yes">
            <source>Remove the lane “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>إزالة المسار «{name}» وما فيه من بطاقات (%n)؟</numerusform>
                <numerusform>إزالة المسار «{name}» والبطاقة الوحيدة التي فيه؟</numerusform>
                <numerusform>إزالة المسار «{name}» والبطاقتين اللتين فيه؟</numerusform>
                <numerusform>إزالة المسار «{name}» و%n بطاقات فيه؟</numerusform>
                <numerusform>إزالة المسار «{name}» و%n بطاقة فيه؟</numerusform>
                <numerusform>إزالة المسار «{name}» و%n بطاقة فيه؟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the stage “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>إزالة المرحلة «{name}» وما فيها من بطاقات (%n)؟</numerusform>
                <numerusform>إزالة المرحلة «{name}» والبطاقة الوحيدة التي فيها؟</numerusform>
                <numerusform>إزالة المرحلة «{name}» والبطاقتين اللتين فيها؟</numerusform>
                <numerusform>إزالة المرحلة «{name}» و%n بطاقات فيها؟</numerusform>
                <numerusform>إزالة المرحلة «{name}» و%n بطاقة فيها؟</numerusform>
                <numerusform>إزالة المرحلة «{name}» و%n بطاقة فيها؟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the step “{name}” and the %n card(s) in it?</source>
            <translation>
                <numerusform>إزالة الخطوة «{name}» وما فيها من بطاقات (%n)؟</numerusform>
                <numerusform>إزالة الخطوة «{name}» والبطاقة الوحيدة التي فيها؟</numerusform>
                <numerusform>إزالة الخطوة «{name}» والبطاقتين اللتين فيها؟</numerusform>
                <numerusform>إزالة الخطوة «{name}» و%n بطاقات فيها؟</numerusform>
                <numerusform>إزالة الخطوة «{name}» و%n بطاقة فيها؟</numerusform>
                <numerusform>إزالة الخطوة «{name}» و%n بطاقة فيها؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>إعادة تسمية المسار</translation>
        </message>
        <message>
            <source>Rename map</source>
            <translation>إعادة تسمية الخريطة</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>إعادة تسمية المرحلة</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>إعادة تسمية الخطوة</translation>
        </message>
        <message>
            <source>Set step time</source>
            <translation>تحديد وقت الخطوة</translation>
        </message>
        <message>
            <source>Time (HH:MM, empty for none):</source>
            <translation>الوقت (HH:MM، اتركه فارغًا لعدم التحديد):</translation>
        </message>
    </context>
    <context>
        <name>Comparing</name>
        <message>
            <source>Cannot compare</source>
            <translation>تتعذر المقارنة</translation>
        </message>
        <message>
            <source>Compare with map</source>
            <translation>المقارنة بخريطة</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <source>. On the canvas: + added, ~ changed, › moved; Δ is each step's emotion change.</source>
            <translation>. على اللوحة: + مضاف، ~ معدَّل، › منقول؛ ويشير Δ إلى تغيّر الشعور في كل خطوة.</translation>
        </message>
        <message>
            <source>Compared with {label}: </source>
            <translation>مقارنة بـ{label}: </translation>
        </message>
        <message>
            <source>Not comparing. View › Compare with… shows what changed since the last save or against another map.</source>
            <translation>لا توجد مقارنة. يعرض «عرض › مقارنة بـ…» ما تغيّر منذ آخر حفظ أو مقارنةً بخريطة أخرى.</translation>
        </message>
        <message>
            <source>Stop Comparing</source>
            <translation>إيقاف المقارنة</translation>
        </message>
        <message>
            <source>no changes</source>
            <translation>لا تغييرات</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message numerus="yes">
            <source>%n conflict(s) from a merge. The map holds ours for each until you pick a side.</source>
            <translation>
                <numerusform>لا تعارضات من الدمج (%n).</numerusform>
                <numerusform>تعارض واحد من الدمج. تحتفظ الخريطة بنسختنا إلى أن تختار أحد الطرفين.</numerusform>
                <numerusform>تعارضان من الدمج. تحتفظ الخريطة بنسختنا لكل منهما إلى أن تختار أحد الطرفين.</numerusform>
                <numerusform>%n تعارضات من الدمج. تحتفظ الخريطة بنسختنا لكل منها إلى أن تختار أحد الطرفين.</numerusform>
                <numerusform>%n تعارضًا من الدمج. تحتفظ الخريطة بنسختنا لكل منها إلى أن تختار أحد الطرفين.</numerusform>
                <numerusform>%n تعارض من الدمج. تحتفظ الخريطة بنسختنا لكل منها إلى أن تختار أحد الطرفين.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot keep that side: {exc}</source>
            <translation>يتعذر الإبقاء على هذا الطرف: {exc}</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>الإبقاء على نسختنا</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>الإبقاء على نسختهم</translation>
        </message>
        <message>
            <source>Keep {ours_label}</source>
            <translation>الإبقاء على {ours_label}</translation>
        </message>
        <message>
            <source>Keep {theirs_label}</source>
            <translation>الإبقاء على {theirs_label}</translation>
        </message>
        <message>
            <source>No merge conflicts.</source>
            <translation>لا توجد تعارضات دمج.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>عرض</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>ملفات CSV ‏(*.csv);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Card lists (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
            <translation>قوائم البطاقات (*.csv *.xlsx *.xlsm);;ملفات CSV ‏(*.csv);;مصنفات Excel ‏(*.xlsx *.xlsm);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>تغيّر على القرص</translation>
        </message>
        <message>
            <source>If you don’t save, your changes will be lost.</source>
            <translation>إن لم تحفظ فستضيع تغييراتك.</translation>
        </message>
        <message>
            <source>Journey maps (*.cjm);;All files (*)</source>
            <translation>خرائط الرحلة (*.cjm);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>فتح خريطة</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <source>Overwrite replaces their version (it is kept as the .bak file until the next save); Save As… keeps both; Reload drops your changes here and shows theirs. Show Details… lists what differs.</source>
            <translation>«استبدال» يحل محل نسختهم (وتُحفظ في ملف ‎.bak حتى الحفظ التالي)؛ «حفظ باسم…» يُبقي على النسختين؛ «إعادة التحميل» يتخلى عن تغييراتك هنا ويعرض تغييراتهم. «عرض التفاصيل…» يسرد الفروق.</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
            <translation>صور (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>إعادة التحميل</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>حفظ باسم…</translation>
        </message>
        <message>
            <source>Save map</source>
            <translation>حفظ الخريطة</translation>
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation>هل تريد حفظ التغييرات في «{name}» قبل الإغلاق؟</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>تغييرات غير محفوظة</translation>
        </message>
        <message>
            <source>“{name}” was changed on disk by another program or editor.</source>
            <translation>عدّل برنامج أو محرر آخر «{name}» على القرص.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTab</name>
        <message>
            <source> Reload would drop your unsaved changes here; Save will ask before it replaces their version.</source>
            <translation> إعادة التحميل ستتخلى عن تغييراتك غير المحفوظة هنا؛ وسيسألك الحفظ قبل أن يستبدل نسختهم.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; changed on disk.{extra}</source>
            <translation>تغيّر &lt;b&gt;{name}&lt;/b&gt; على القرص.{extra}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; was moved or deleted on disk. Save to write it again.</source>
            <translation>نُقل &lt;b&gt;{name}&lt;/b&gt; أو حُذف من القرص. احفظ لكتابته من جديد.</translation>
        </message>
        <message>
            <source>Could not reload: {exc}</source>
            <translation>تعذرت إعادة التحميل: {exc}</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>الإبقاء على نسختي</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>إعادة التحميل</translation>
        </message>
        <message>
            <source>Reloaded {display_name}</source>
            <translation>أُعيد تحميل {display_name}</translation>
        </message>
        <message>
            <source>The file on disk does not open as a map: {exc}</source>
            <translation>لا يُفتح الملف الموجود على القرص كخريطة: {exc}</translation>
        </message>
        <message>
            <source>The file on disk holds the same map as this editor.</source>
            <translation>يحتوي الملف الموجود على القرص على الخريطة نفسها الموجودة في هذا المحرر.</translation>
        </message>
        <message>
            <source>This map has not been saved yet.</source>
            <translation>لم تُحفظ هذه الخريطة بعد.</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>رحلة بلا عنوان</translation>
        </message>
        <message>
            <source>… and {count} more lines</source>
            <translation>… و{count} سطرًا آخر</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Card description</source>
            <translation>وصف البطاقة</translation>
        </message>
        <message>
            <source>Card title</source>
            <translation>عنوان البطاقة</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Ctrl+Enter للحفظ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>تحرير نص البطاقة</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc keeps what you typed and takes back a card left empty.</source>
            <translation>Enter (أو Ctrl+Enter في الوصف) أو النقر في مكان آخر يُبقي النص؛ وEsc يُبقي ما كتبته ويسحب البطاقة التي تُركت فارغة.</translation>
        </message>
        <message>
            <source>Enter (Ctrl+Enter in the description) or a click elsewhere keeps the text; Esc puts the card's text back as it was.</source>
            <translation>Enter (أو Ctrl+Enter في الوصف) أو النقر في مكان آخر يُبقي النص؛ وEsc يعيد نص البطاقة كما كان.</translation>
        </message>
        <message>
            <source>Enter saves · Tab: description</source>
            <translation>Enter للحفظ · Tab: الوصف</translation>
        </message>
        <message>
            <source>Esc cancels</source>
            <translation>Esc للإلغاء</translation>
        </message>
        <message>
            <source>Esc closes</source>
            <translation>Esc للإغلاق</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>Add card</source>
            <translation>إضافة بطاقة</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>إضافة منحنى مشاعر</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>إضافة مسار</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>إضافة شخصية</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>إضافة مرحلة</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>إضافة خطوة</translation>
        </message>
        <message>
            <source>Delete cards</source>
            <translation>حذف البطاقات</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Import survey metrics</source>
            <translation>استيراد مقاييس الاستبيان</translation>
        </message>
        <message>
            <source>Keep their value</source>
            <translation>الإبقاء على قيمتهم</translation>
        </message>
        <message>
            <source>Link cards</source>
            <translation>ربط البطاقات</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>نقل البطاقات</translation>
        </message>
        <message>
            <source>Move curve point</source>
            <translation>نقل نقطة المنحنى</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>نقل المسار</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>نقل المرحلة</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>نقل الخطوة</translation>
        </message>
        <message>
            <source>Record conflict</source>
            <translation>تسجيل التعارض</translation>
        </message>
        <message>
            <source>Remove emotion curve</source>
            <translation>إزالة منحنى المشاعر</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>إزالة المسار</translation>
        </message>
        <message>
            <source>Remove persona</source>
            <translation>إزالة الشخصية</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>إزالة المرحلة</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>إزالة الخطوة</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>حل التعارض</translation>
        </message>
        <message>
            <source>Set metrics</source>
            <translation>تعيين المقاييس</translation>
        </message>
        <message>
            <source>Unlink cards</source>
            <translation>فك ربط البطاقات</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>&lt;b&gt;cjdesigner hit an unexpected error.&lt;/b&gt;</source>
            <translation>&lt;b&gt;واجه cjdesigner خطأً غير متوقع.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>نُسخ</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>نسخ التفاصيل</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>حدث خطأ ما</translation>
        </message>
        <message>
            <source>You can keep working. If something looks wrong, save and restart.</source>
            <translation>يمكنك متابعة العمل. وإن بدا شيء غير سليم فاحفظ وأعد التشغيل.</translation>
        </message>
        <message numerus="yes">
            <source>Your work is safe: a recovery copy of every open map was written (%n file(s)). You can keep working; saving now is a good idea.</source>
            <translation>
                <numerusform>عملك في أمان: كُتبت نسخة استرداد لكل خريطة مفتوحة (%n ملف). يمكنك متابعة العمل، ومن الأفضل أن تحفظ الآن.</numerusform>
                <numerusform>عملك في أمان: كُتبت نسخة استرداد لكل خريطة مفتوحة (ملف واحد). يمكنك متابعة العمل، ومن الأفضل أن تحفظ الآن.</numerusform>
                <numerusform>عملك في أمان: كُتبت نسخة استرداد لكل خريطة مفتوحة (ملفان). يمكنك متابعة العمل، ومن الأفضل أن تحفظ الآن.</numerusform>
                <numerusform>عملك في أمان: كُتبت نسخة استرداد لكل خريطة مفتوحة (%n ملفات). يمكنك متابعة العمل، ومن الأفضل أن تحفظ الآن.</numerusform>
                <numerusform>عملك في أمان: كُتبت نسخة استرداد لكل خريطة مفتوحة (%n ملفًا). يمكنك متابعة العمل، ومن الأفضل أن تحفظ الآن.</numerusform>
                <numerusform>عملك في أمان: كُتبت نسخة استرداد لكل خريطة مفتوحة (%n ملف). يمكنك متابعة العمل، ومن الأفضل أن تحفظ الآن.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source> at {scale:.0%}</source>
            <translation> بمقياس {scale:.0%}</translation>
        </message>
        <message>
            <source> run it the other way (--orientation {other}),</source>
            <translation> أدِرها في الاتجاه الآخر (‎--orientation {other})،</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) did not fit on their cards: marked →1…→{count} on the poster, their whole text is in the appendix after it</source>
            <translation>
                <numerusform>لم تتجاوز أي بطاقة مساحتها: →1…→{count}</numerusform>
                <numerusform>بطاقة واحدة لم يتسع لها مكانها: عُلّمت →1…→{count} على الملصق، ونصها الكامل في الملحق بعده</numerusform>
                <numerusform>بطاقتان لم يتسع لهما مكانهما: عُلّمتا →1…→{count} على الملصق، ونصهما الكامل في الملحق بعده</numerusform>
                <numerusform>%n بطاقات لم يتسع لها مكانها: عُلّمت →1…→{count} على الملصق، ونصها الكامل في الملحق بعده</numerusform>
                <numerusform>%n بطاقة لم يتسع لها مكانها: عُلّمت →1…→{count} على الملصق، ونصها الكامل في الملحق بعده</numerusform>
                <numerusform>%n بطاقة لم يتسع لها مكانها: عُلّمت →1…→{count} على الملصق، ونصها الكامل في الملحق بعده</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) cannot be printed with the fonts installed and show as empty boxes: {named}; {font} would print them (Debian/Ubuntu: sudo apt install {package})</source>
            <translation>
                <numerusform>لا توجد محارف تتعذّر طباعتها: {named}؛ {font} (Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>محرف واحد تتعذّر طباعته بالخطوط المثبتة فيظهر مربعًا فارغًا: {named}؛ يطبعه الخط {font} (على Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>محرفان تتعذّر طباعتهما بالخطوط المثبتة فيظهران مربعين فارغين: {named}؛ يطبعهما الخط {font} (على Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>%n محارف تتعذّر طباعتها بالخطوط المثبتة فتظهر مربعات فارغة: {named}؛ يطبعها الخط {font} (على Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>%n محرفًا تتعذّر طباعتها بالخطوط المثبتة فتظهر مربعات فارغة: {named}؛ يطبعها الخط {font} (على Debian/Ubuntu: sudo apt install {package})</numerusform>
                <numerusform>%n محرف تتعذّر طباعتها بالخطوط المثبتة فتظهر مربعات فارغة: {named}؛ يطبعها الخط {font} (على Debian/Ubuntu: sudo apt install {package})</numerusform>
            </translation>
        </message>
        <message>
            <source>, or </source>
            <translation> أو </translation>
        </message>
        <message>
            <source>--paper auto chose --scale {percent} on {sheet} sheets</source>
            <translation>اختار ‎--paper auto المقياس ‎--scale {percent} على أوراق {sheet}</translation>
        </message>
        <message>
            <source>--paper auto chose {choice}</source>
            <translation>اختار ‎--paper auto: {choice}</translation>
        </message>
        <message>
            <source>--paper auto: a sheet the size of the map</source>
            <translation>‏--paper auto: ورقة بحجم الخريطة</translation>
        </message>
        <message>
            <source>--paper auto: no sheet, roll or tiling prints the cards at the minimum size; printed on 4A0 (try --split stages)</source>
            <translation>‏--paper auto: لا ورقة ولا لفافة ولا تقسيم يطبع البطاقات بالحجم الأدنى؛ طُبعت على 4A0 (جرّب ‎--split stages)</translation>
        </message>
        <message numerus="yes">
            <source>--paper map --scale {percent} --tile A4 (%n sheet(s))</source>
            <translation>
                <numerusform>‎--paper map --scale {percent} --tile A4 (بلا أوراق)</numerusform>
                <numerusform>‎--paper map --scale {percent} --tile A4 (ورقة واحدة)</numerusform>
                <numerusform>‎--paper map --scale {percent} --tile A4 (ورقتان)</numerusform>
                <numerusform>‎--paper map --scale {percent} --tile A4 (%n أوراق)</numerusform>
                <numerusform>‎--paper map --scale {percent} --tile A4 (%n ورقة)</numerusform>
                <numerusform>‎--paper map --scale {percent} --tile A4 (%n ورقة)</numerusform>
            </translation>
        </message>
        <message>
            <source>--paper roll:{width}mm ({length:.1f} m long)</source>
            <translation>‎--paper roll:{width}mm (بطول {length:.1f} م)</translation>
        </message>
        <message>
            <source>--paper {name} (card text {size:.0f} pt)</source>
            <translation>‎--paper {name} (نص البطاقات {size:.0f} نقطة)</translation>
        </message>
        <message>
            <source>--split stages (an overview and {count} stage pages on {paper}, card text {size:.0f} pt or more)</source>
            <translation>‎--split stages (نظرة عامة و{count} صفحات للمراحل على {paper}، ونص البطاقات {size:.0f} نقطة أو أكثر)</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is larger than {paper}: it is cut off. Choose a larger sheet, fit to the sheet, or tile.</source>
            <translation>بمقياس {scale:.0%} تكون الخريطة أكبر من {paper}: فتُقتطع. اختر ورقة أكبر، أو لاءمها مع الورقة، أو قسّمها.</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm tall, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>بمقياس {scale:.0%} يبلغ ارتفاع الخريطة {size:.0f} مم، لكن لفافة بعرض {width:.0f} مم تترك لها {room:.0f} مم: لاءمها مع اللفافة (من دون ‎--scale)،{hint} أو اختر لفافة أعرض، أو قسّمها (‎--tile A4).</translation>
        </message>
        <message>
            <source>At {scale:.0%} the map is {size:.0f} mm wide, but a {width:.0f} mm roll leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} choose a wider roll, or tile it (--tile A4).</source>
            <translation>بمقياس {scale:.0%} يبلغ عرض الخريطة {size:.0f} مم، لكن لفافة بعرض {width:.0f} مم تترك لها {room:.0f} مم: لاءمها مع اللفافة (من دون ‎--scale)،{hint} أو اختر لفافة أعرض، أو قسّمها (‎--tile A4).</translation>
        </message>
        <message>
            <source>Bleed and crop marks are for a print shop's single sheet; tiled sheets carry cut and glue marks instead.</source>
            <translation>هوامش التجاوز وعلامات القص مخصصة لورقة المطبعة الواحدة؛ أما الأوراق المقسّمة فتحمل بدلًا منها علامات القص واللصق.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read.</source>
            <translation>يُطبع نص البطاقات بحجم {body:.1f} نقطة (العناوين {title:.1f} نقطة)، أقل من {minimum} الذي تحتاجه هذه الصيغة لتُقرأ.</translation>
        </message>
        <message>
            <source>Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the {minimum} this format needs to be read; what would work: {options}.</source>
            <translation>يُطبع نص البطاقات بحجم {body:.1f} نقطة (العناوين {title:.1f} نقطة)، أقل من {minimum} الذي تحتاجه هذه الصيغة لتُقرأ؛ ما قد ينفع: {options}.</translation>
        </message>
        <message>
            <source>Noto Sans for its script</source>
            <translation>خط Noto Sans لنظام كتابتها</translation>
        </message>
        <message>
            <source>The map does not quite fit the {width:.0f} mm roll: it is cut off at the edge. Fit it to the roll or tile it.</source>
            <translation>لا تتسع اللفافة بعرض {width:.0f} مم للخريطة تمامًا: فتُقتطع عند الحافة. لاءمها مع اللفافة أو قسّمها.</translation>
        </message>
        <message>
            <source>The sheet is {length:.0f} in long; PDF pages are normally at most 200 in, so it is written with UserUnit {uu:g} (PDF 1.6), which some viewers and print shops' RIPs ignore. Tiling (--tile A4) or the print shop's own splitting is safer.</source>
            <translation>يبلغ طول الورقة {length:.0f} بوصة؛ وصفحات PDF عادةً لا تتجاوز 200 بوصة، لذا تُكتب باستخدام UserUnit {uu:g} (PDF 1.6) الذي تتجاهله بعض برامج العرض ومعالِجات الطباعة في المطابع. التقسيم (‎--tile A4) أو تقسيم المطبعة نفسها أكثر أمانًا.</translation>
        </message>
        <message>
            <source>a CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>خط TrueType من خطوط CJK ‏(WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a CJK font with the supplementary ideographs</source>
            <translation>خط CJK يضم الرموز الصينية الإضافية</translation>
        </message>
        <message>
            <source>a Korean or CJK TrueType font (WenQuanYi Micro Hei)</source>
            <translation>خط TrueType كوري أو CJK ‏(WenQuanYi Micro Hei)</translation>
        </message>
        <message>
            <source>a monochrome emoji font (Symbola)</source>
            <translation>خط رموز تعبيرية أحادي اللون (Symbola)</translation>
        </message>
        <message>
            <source>a {width:.0f} mm roll is too narrow for a poster</source>
            <translation>لفافة بعرض {width:.0f} مم أضيق من أن تتسع لملصق</translation>
        </message>
        <message>
            <source>not a text size: {text!r} (try 16 or 16/20, in points)</source>
            <translation>ليس حجم نص: {text!r} (جرّب 16 أو 16/20 بالنقاط)</translation>
        </message>
        <message>
            <source>text sizes must lie between 4 and 200 pt, not {text!r}</source>
            <translation>يجب أن تكون أحجام النص بين 4 و200 نقطة، لا {text!r}</translation>
        </message>
        <message>
            <source>the poster{at} would be {length:.1f} m long; the limit is {limit:.0f} m: choose a smaller --scale (100 = on-screen size) or a sheet size (--paper A0)</source>
            <translation>سيبلغ طول الملصق{at} {length:.1f} م؛ والحد {limit:.0f} م: اختر ‎--scale أصغر (100 = حجم الشاشة) أو حجم ورقة (‎--paper A0)</translation>
        </message>
        <message>
            <source>the sheet is too small for a poster</source>
            <translation>الورقة أصغر من أن تتسع لملصق</translation>
        </message>
        <message>
            <source>{body:g} pt body / {title:g} pt titles</source>
            <translation>{body:g} نقطة للنص / {title:g} نقطة للعناوين</translation>
        </message>
        <message>
            <source>{message} (--strict)</source>
            <translation>{message} (--strict)</translation>
        </message>
        <message>
            <source>{named} and {count} more</source>
            <translation>{named} و{count} غيرها</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>فشل التصدير</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>تصدير إلى</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>صُدّر مع تحذيرات</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>جارٍ تصدير {name}</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>التنسيق</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>استبدال الملف؟</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <source>{name} was not written:
{exc}</source>
            <translation>لم يُكتب {name}:
{exc}</translation>
        </message>
        <message>
            <source>“{name}” already exists in {parent}. Replace it?</source>
            <translation>«{name}» موجود بالفعل في {parent}. هل تريد استبداله؟</translation>
        </message>
    </context>
    <context>
        <name>ExportOptions</name>
        <message>
            <source> dpi</source>
            <translation> نقطة/بوصة</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> مم</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> نقطة</translation>
        </message>
        <message>
            <source>100 % prints cards at their on-screen size</source>
            <translation>‏100 % تطبع البطاقات بحجمها على الشاشة</translation>
        </message>
        <message>
            <source>3 mm bleed and crop marks (print shop)</source>
            <translation>هامش قص 3 مم وعلامات قص (للمطبعة)</translation>
        </message>
        <message>
            <source>A named sheet, a roll, or a size such as 900x2000mm or 36x48in</source>
            <translation>ورقة بمقاس مسمّى، أو لفافة، أو مقاس مثل 900x2000mm أو 36x48in</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>تلقائي</translation>
        </message>
        <message>
            <source>Blank wall template (grid and headers, no cards)</source>
            <translation>قالب حائط فارغ (شبكة وعناوين، بلا بطاقات)</translation>
        </message>
        <message>
            <source>By format (16 pt on walls, 8 pt on desks)</source>
            <translation>حسب التنسيق (16 نقطة على الجدران، 8 نقاط على المكاتب)</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>البطاقات</translation>
        </message>
        <message>
            <source>Compact cards: titles and markers (an overview)</source>
            <translation>بطاقات مختصرة: العناوين والعلامات (نظرة عامة)</translation>
        </message>
        <message>
            <source>Fixed scale</source>
            <translation>مقياس ثابت</translation>
        </message>
        <message>
            <source>For a map too large for one readable sheet: the overview shows every card by its title, each stage's page shows its cards in full</source>
            <translation>لخريطة أكبر من أن تُقرأ على ورقة واحدة: تعرض النظرة العامة كل بطاقة بعنوانها، وتعرض صفحة كل مرحلة بطاقاتها كاملة</translation>
        </message>
        <message>
            <source>Full cards</source>
            <translation>بطاقات كاملة</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>أفقي</translation>
        </message>
        <message>
            <source>Longer than 200 in: written with UserUnit, which some viewers ignore; tiling is safer.</source>
            <translation>أطول من 200 بوصة: يُكتب باستخدام UserUnit الذي تتجاهله بعض برامج العرض؛ والتقسيم أضمن.</translation>
        </message>
        <message>
            <source>Map size (fixed scale)</source>
            <translation>حجم الخريطة (مقياس ثابت)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>One poster</source>
            <translation>ملصق واحد</translation>
        </message>
        <message>
            <source>One sheet</source>
            <translation>ورقة واحدة</translation>
        </message>
        <message>
            <source>Only the part visible in the editor</source>
            <translation>الجزء الظاهر في المحرر فقط</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <source>Overview, then a page per stage on the same paper</source>
            <translation>نظرة عامة، ثم صفحة لكل مرحلة على الورق نفسه</translation>
        </message>
        <message>
            <source>Overview, then an A3 booklet page per stage</source>
            <translation>نظرة عامة، ثم صفحة كتيّب A3 لكل مرحلة</translation>
        </message>
        <message>
            <source>Overview, then an A4 booklet page per stage</source>
            <translation>نظرة عامة، ثم صفحة كتيّب A4 لكل مرحلة</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>الورق</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>الصورة</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>عمودي</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>الملصق</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>الطباعة</translation>
        </message>
        <message>
            <source>Refuse to write a poster with text too small or cut short</source>
            <translation>رفض كتابة ملصق نصه صغير جدًا أو مقتطع</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>الدقة</translation>
        </message>
        <message>
            <source>Roll {width} mm</source>
            <translation>لفافة {width} مم</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (landscape); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>ورقة {width} × {height} مم (أفقية)؛ يُطبع نص البطاقات بحجم {body} نقطة والعناوين بحجم {title} نقطة.</translation>
        </message>
        <message>
            <source>Sheet {width} × {height} mm (portrait); card text prints at {body} pt, titles at {title} pt.</source>
            <translation>ورقة {width} × {height} مم (عمودية)؛ يُطبع نص البطاقات بحجم {body} نقطة والعناوين بحجم {title} نقطة.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Smallest card text</source>
            <translation>أصغر نص للبطاقات</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>التقسيم</translation>
        </message>
        <message>
            <source>Squares for sticky notes in every cell of the blank template (across × down), each lane in its pad's colour</source>
            <translation>مربعات للملاحظات اللاصقة في كل خلية من القالب الفارغ (عرضًا × طولًا)، وكل مسار بلون دفتره</translation>
        </message>
        <message>
            <source>Sticky notes per cell</source>
            <translation>ملاحظات لاصقة لكل خلية</translation>
        </message>
        <message>
            <source>The smallest card text the poster may print; titles get 1.25 × this. The summary says what would meet it.</source>
            <translation>أصغر نص للبطاقات يجوز للملصق طباعته؛ وتأخذ العناوين 1.25 ضعفه. يبيّن الملخص ما يحقق ذلك.</translation>
        </message>
        <message>
            <source>The visible part</source>
            <translation>الجزء الظاهر</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>الخريطة كاملة</translation>
        </message>
        <message>
            <source>Then a page for each stage ({count}) on {sheet}, its cards in full.</source>
            <translation>ثم صفحة لكل مرحلة ({count}) على {sheet}، ببطاقاتها كاملة.</translation>
        </message>
        <message>
            <source>Tile onto {sheet}</source>
            <translation>تقسيم على أوراق {sheet}</translation>
        </message>
        <message>
            <source>With 3 mm bleed and crop marks.</source>
            <translation>مع هامش قص 3 مم وعلامات قص.</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>تداخل</translation>
        </message>
        <message>
            <source>{count} sheets of {sheet} ({rows} rows × {columns} columns) and an assembly guide.</source>
            <translation>{count} ورقة {sheet} ({rows} صفوف × {columns} أعمدة) ودليل تجميع.</translation>
        </message>
        <message>
            <source>{label}: {text!r} is not a number</source>
            <translation>{label}: ‏{text!r} ليس رقمًا</translation>
        </message>
        <message>
            <source>{part} as scalable vector graphics ({width:.0f} × {height:.0f}).</source>
            <translation>{part} رسومًا متجهية قابلة للتحجيم ({width:.0f} × {height:.0f}).</translation>
        </message>
        <message>
            <source>{part}: {width:.0f} × {height:.0f} pixels at {dpi} dpi.</source>
            <translation>{part}: ‏{width:.0f} × {height:.0f} بكسل بدقة {dpi} نقطة/بوصة.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Another colour…</source>
            <translation>لون آخر…</translation>
        </message>
        <message>
            <source>Edit “{field}”</source>
            <translation>تحرير «{field}»</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>بلا لون</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>Several values</source>
            <translation>قيم متعددة</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Awareness</source>
            <translation>الوعي</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>الدراسة</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>المُعاش</translation>
        </message>
        <message>
            <source>First step</source>
            <translation>الخطوة الأولى</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>الولاء</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>الاحتفاظ</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>رحلة بلا عنوان</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>خريطة بلا عنوان</translation>
        </message>
        <message>
            <source>Untitled service blueprint</source>
            <translation>مخطط خدمة بلا عنوان</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source> ({count:,} digits, line {line}, column {column})</source>
            <translation> ({count:,} رقمًا، السطر {line}، العمود {column})</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(المستوى الأعلى)</translation>
        </message>
        <message>
            <source>arrays ([…])</source>
            <translation>مصفوفات ([…])</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>تتعذّر قراءته</translation>
        </message>
        <message>
            <source>cannot read ({reason})</source>
            <translation>تتعذّر القراءة ({reason})</translation>
        </message>
        <message>
            <source>contains merge conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;); resolve the conflict first</source>
            <translation>يحتوي على علامات تعارض دمج (&lt;&lt;&lt;&lt;&lt;&lt;&lt;)؛ احلّ التعارض أولًا</translation>
        </message>
        <message>
            <source>expected a JSON object, found {json_type_name}</source>
            <translation>كان المتوقع كائن JSON، ووُجد {json_type_name}</translation>
        </message>
        <message>
            <source>expected a whole number, found {json_type_name}</source>
            <translation>كان المتوقع عددًا صحيحًا، ووُجد {json_type_name}</translation>
        </message>
        <message>
            <source>expected {"step": STEP_ID, "value": NUMBER}</source>
            <translation>كان المتوقع {"step": STEP_ID, "value": NUMBER}</translation>
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation>مجلد وليس ملف خريطة</translation>
        </message>
        <message>
            <source>is encoded as {name}; .cjm files are UTF-8</source>
            <translation>مرمّز بترميز {name}؛ ملفات ‎.cjm بترميز UTF-8</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte 0x{value:02x} on line {line}); .cjm files are UTF-8</source>
            <translation>ليس نصًا بترميز UTF-8 (البايت 0x{value:02x} في السطر {line})؛ ملفات ‎.cjm بترميز UTF-8</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>ليس ملفًا عاديًا</translation>
        </message>
        <message>
            <source>missing: this does not look like a cjdesigner map (.cjm) file</source>
            <translation>مفقود: لا يبدو هذا ملف خريطة cjdesigner ‏(‎.cjm)</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>not a journey map: the JSON is nested too deeply</source>
            <translation>ليست خريطة رحلة: بنية JSON متداخلة أكثر من اللازم</translation>
        </message>
        <message>
            <source>not saved, the map has problems: {why}</source>
            <translation>لم تُحفظ، في الخريطة مشكلات: {why}</translation>
        </message>
        <message>
            <source>not valid JSON: a number is too large{long_number}</source>
            <translation>ليس JSON صالحًا: أحد الأعداد كبير جدًا{long_number}</translation>
        </message>
        <message>
            <source>not valid JSON: {reason} (line {line}, column {column})</source>
            <translation>ليس JSON صالحًا: {reason} (السطر {line}، العمود {column})</translation>
        </message>
        <message>
            <source>not valid: the key {value!r} appears twice in one object</source>
            <translation>غير صالح: المفتاح {value!r} مكرر في الكائن نفسه</translation>
        </message>
        <message>
            <source>objects ({…})</source>
            <translation>كائنات ({…})</translation>
        </message>
        <message>
            <source>permission denied (you may not read this file)</source>
            <translation>تم رفض الإذن (لا يُسمح لك بقراءة هذا الملف)</translation>
        </message>
        <message>
            <source>second point for step {value!r}</source>
            <translation>نقطة ثانية للخطوة {value!r}</translation>
        </message>
        <message>
            <source>the data is nested too deeply or too large</source>
            <translation>البيانات متداخلة أكثر من اللازم أو كبيرة جدًا</translation>
        </message>
        <message>
            <source>the file ends too early; it may be truncated (line {line}, column {column})</source>
            <translation>ينتهي الملف قبل أوانه؛ ربما اقتُطع (السطر {line}، العمود {column})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>الملف فارغ</translation>
        </message>
        <message>
            <source>this file was made by a newer cjdesigner (file format version {version}; this cjdesigner reads versions up to {SCHEMA_VERSION}). Update cjdesigner to open it.</source>
            <translation>أُنشئ هذا الملف بإصدار أحدث من cjdesigner (إصدار صيغة الملف {version}؛ يقرأ هذا الإصدار حتى الإصدار {SCHEMA_VERSION}). حدّث cjdesigner لفتحه.</translation>
        </message>
        <message>
            <source>too large to be a journey map ({size:.0f} MB; the limit is {limit} MB, enough for 100,000 cards)</source>
            <translation>أكبر من أن يكون خريطة رحلة ({size:.0f} ميغابايت؛ والحد {limit} ميغابايت، وهو يكفي لـ 100,000 بطاقة)</translation>
        </message>
        <message>
            <source>too large to be a journey map: {count:,} {what}, more than the {limit:,} that a map of 100,000 cards could need</source>
            <translation>أكبر من أن يكون خريطة رحلة: {count:,} {what}، أكثر من {limit:,} التي قد تحتاجها خريطة من 100,000 بطاقة</translation>
        </message>
        <message>
            <source>too large to load into memory</source>
            <translation>أكبر من أن يُحمَّل في الذاكرة</translation>
        </message>
        <message>
            <source>unknown file format version {version} (oldest is {OLDEST_VERSION})</source>
            <translation>إصدار صيغة ملف غير معروف {version} (أقدمها {OLDEST_VERSION})</translation>
        </message>
        <message>
            <source>values</source>
            <translation>قيم</translation>
        </message>
        <message>
            <source>{name}: {count:,} entries, more than the {limit:,} allowed</source>
            <translation>{name}: {count:,} عنصرًا، أكثر من {limit:,} المسموح بها</translation>
        </message>
        <message>
            <source>{path}: not valid text (a lone surrogate \u{code:04x}, half of a character)</source>
            <translation>{path}: نص غير صالح (بديل منفرد \u{code:04x}، نصف محرف)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{shown}: cannot save ({reason})</source>
            <translation>{shown}: تعذّر الحفظ ({reason})</translation>
        </message>
        <message>
            <source>{shown}: cannot save: it is a folder</source>
            <translation>{shown}: تعذّر الحفظ: إنه مجلد</translation>
        </message>
        <message>
            <source>{shown}: not overwritten, because the file there does not open as a journey map ({value}). Save under another name.</source>
            <translation>{shown}: لم يُستبدل، لأن الملف الموجود هناك لا يُفتح كخريطة رحلة ({value}). احفظ باسم آخر.</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file changed on disk since it was opened or saved</source>
            <translation>{shown}: لم يُحفظ: تغيّر الملف على القرص منذ فتحه أو حفظه</translation>
        </message>
        <message>
            <source>{shown}: not saved: the file is read-only; save under another name</source>
            <translation>{shown}: لم يُحفظ: الملف للقراءة فقط؛ احفظ باسم آخر</translation>
        </message>
        <message>
            <source>{shown}: not saved: the map holds a value that cannot be written ({exc})</source>
            <translation>{shown}: لم يُحفظ: تحتوي الخريطة على قيمة تتعذّر كتابتها ({exc})</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}</source>
            <translation>{shown}: لم يُحفظ: {strerror}</translation>
        </message>
        <message>
            <source>{shown}: not saved: {strerror}; save under another name</source>
            <translation>{shown}: لم يُحفظ: {strerror}؛ احفظ باسم آخر</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: {problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{source}: {problem}</numerusform>
                <numerusform>{source}: {problem} (ومشكلة أخرى)</numerusform>
                <numerusform>{source}: {problem} (ومشكلتان أخريان)</numerusform>
                <numerusform>{source}: {problem} (و%n مشكلات أخرى)</numerusform>
                <numerusform>{source}: {problem} (و%n مشكلة أخرى)</numerusform>
                <numerusform>{source}: {problem} (و%n مشكلة أخرى)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… ولا مشكلات أخرى</numerusform>
                <numerusform>… ومشكلة أخرى</numerusform>
                <numerusform>… ومشكلتان أخريان</numerusform>
                <numerusform>… و%n مشكلات أخرى</numerusform>
                <numerusform>… و%n مشكلة أخرى</numerusform>
                <numerusform>… و%n مشكلة أخرى</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Find</name>
        <message numerus="yes">
            <source>%n+ vote(s)</source>
            <translation>
                <numerusform>%n+ أصوات</numerusform>
                <numerusform>صوت واحد أو أكثر</numerusform>
                <numerusform>صوتان أو أكثر</numerusform>
                <numerusform>%n أصوات أو أكثر</numerusform>
                <numerusform>%n صوتًا أو أكثر</numerusform>
                <numerusform>%n صوت أو أكثر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>لا بطاقات</numerusform>
                <numerusform>بطاقة واحدة</numerusform>
                <numerusform>بطاقتان</numerusform>
                <numerusform>%n بطاقات</numerusform>
                <numerusform>%n بطاقةً</numerusform>
                <numerusform>%n بطاقة</numerusform>
            </translation>
        </message>
        <message>
            <source>All cards</source>
            <translation>كل البطاقات</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>إغلاق (Esc)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>إغلاق شريط البحث</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>تصفية</translation>
        </message>
        <message>
            <source>Filter by</source>
            <translation>التصفية حسب</translation>
        </message>
        <message>
            <source>Filter value</source>
            <translation>قيمة التصفية</translation>
        </message>
        <message>
            <source>Find in cards</source>
            <translation>البحث في البطاقات</translation>
        </message>
        <message>
            <source>Find in cards…</source>
            <translation>البحث في البطاقات…</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>التطابق التالي</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>النتيجة التالية (F3)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>لا نتائج</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>التطابق السابق</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>النتيجة السابقة (Shift+F3)</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} من {count}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Alt+Arrow keys</source>
            <translation>Alt+مفاتيح الأسهم</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>مفاتيح الأسهم</translation>
        </message>
        <message>
            <source>Card editor ▸ From title to description</source>
            <translation>محرّر البطاقة ▸ من العنوان إلى الوصف</translation>
        </message>
        <message>
            <source>Card editor ▸ Keep the text (Ctrl+Enter in the description)</source>
            <translation>محرّر البطاقة ▸ الاحتفاظ بالنص (Ctrl+Enter في الوصف)</translation>
        </message>
        <message>
            <source>Card editor ▸ Put the text back (a new card keeps it)</source>
            <translation>محرّر البطاقة ▸ إرجاع النص (البطاقة الجديدة تحتفظ به)</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>الأمر</translation>
        </message>
        <message>
            <source>Ctrl+wheel</source>
            <translation>Ctrl+العجلة</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete (حذف)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter (إدخال)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc (خروج)</translation>
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
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>Map ▸ Add a card in the cell; rename the selected header</source>
            <translation>الخريطة ▸ إضافة بطاقة في الخلية؛ إعادة تسمية العنوان المحدد</translation>
        </message>
        <message>
            <source>Map ▸ Clear the selection; cancel a drag</source>
            <translation>الخريطة ▸ مسح التحديد؛ إلغاء السحب</translation>
        </message>
        <message>
            <source>Map ▸ Delete the selected cards, header or curve</source>
            <translation>الخريطة ▸ حذف البطاقات أو العنوان أو المنحنى المحدد</translation>
        </message>
        <message>
            <source>Map ▸ Edit the selected card's text</source>
            <translation>الخريطة ▸ تحرير نص البطاقة المحددة</translation>
        </message>
        <message>
            <source>Map ▸ Move between cells and cards</source>
            <translation>الخريطة ▸ التنقل بين الخلايا والبطاقات</translation>
        </message>
        <message>
            <source>Map ▸ Move the selected cards to the next cell</source>
            <translation>الخريطة ▸ نقل البطاقات المحددة إلى الخلية التالية</translation>
        </message>
        <message>
            <source>Map ▸ Pan</source>
            <translation>الخريطة ▸ التحريك</translation>
        </message>
        <message>
            <source>Map ▸ Scroll sideways</source>
            <translation>الخريطة ▸ التمرير أفقيًا</translation>
        </message>
        <message>
            <source>Map ▸ Select several cards</source>
            <translation>الخريطة ▸ تحديد عدة بطاقات</translation>
        </message>
        <message>
            <source>Map ▸ Up from the first row: step, then stage header; Left from the first column: lane header</source>
            <translation>الخريطة ▸ للأعلى من الصف الأول: عنوان الخطوة ثم المرحلة؛ للجانب من العمود الأول: عنوان المسار</translation>
        </message>
        <message>
            <source>Map ▸ Zoom</source>
            <translation>الخريطة ▸ التكبير والتصغير</translation>
        </message>
        <message>
            <source>Shift+F6</source>
            <translation>Shift+F6</translation>
        </message>
        <message>
            <source>Shift+click, Ctrl+click</source>
            <translation>Shift+نقرة، Ctrl+نقرة</translation>
        </message>
        <message>
            <source>Shift+wheel</source>
            <translation>Shift+العجلة</translation>
        </message>
        <message>
            <source>Space+drag, middle drag</source>
            <translation>مسافة+سحب، السحب بالزر الأوسط</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Up / Left</source>
            <translation>أعلى / يسار</translation>
        </message>
        <message>
            <source>Window ▸ Back to the map from a panel</source>
            <translation>النافذة ▸ العودة من لوحة إلى الخريطة</translation>
        </message>
        <message>
            <source>Window ▸ Next panel (map, outline, inspector…)</source>
            <translation>النافذة ▸ اللوحة التالية (الخريطة، المخطط، المفتش…)</translation>
        </message>
        <message>
            <source>Window ▸ Previous panel</source>
            <translation>النافذة ▸ اللوحة السابقة</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message numerus="yes">
            <source>%n formula cell(s) have no computed value (the workbook was written by a program that does not calculate) and read as empty; open and save it in Excel or LibreOffice first to compute them</source>
            <translation>
                <numerusform>لا خلايا صيغ بلا قيمة محسوبة؛ افتح المصنّف واحفظه في Excel أو LibreOffice أولًا</numerusform>
                <numerusform>خلية صيغة واحدة بلا قيمة محسوبة (كتب المصنّفَ برنامجٌ لا يحسب) قُرئت فارغة؛ افتحه واحفظه في Excel أو LibreOffice أولًا لحسابها</numerusform>
                <numerusform>خليتا صيغ بلا قيمة محسوبة (كتب المصنّفَ برنامجٌ لا يحسب) قُرئتا فارغتين؛ افتحه واحفظه في Excel أو LibreOffice أولًا لحسابهما</numerusform>
                <numerusform>%n خلايا صيغ بلا قيمة محسوبة (كتب المصنّفَ برنامجٌ لا يحسب) قُرئت فارغة؛ افتحه واحفظه في Excel أو LibreOffice أولًا لحسابها</numerusform>
                <numerusform>%n خلية صيغ بلا قيمة محسوبة (كتب المصنّفَ برنامجٌ لا يحسب) قُرئت فارغة؛ افتحه واحفظه في Excel أو LibreOffice أولًا لحسابها</numerusform>
                <numerusform>%n خلية صيغ بلا قيمة محسوبة (كتب المصنّفَ برنامجٌ لا يحسب) قُرئت فارغة؛ افتحه واحفظه في Excel أو LibreOffice أولًا لحسابها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s), nothing imported:
  {problems}</source>
            <translation>
                <numerusform>لا مشكلات:
  {problems}</numerusform>
                <numerusform>مشكلة واحدة، لم يُستورد شيء:
  {problems}</numerusform>
                <numerusform>مشكلتان، لم يُستورد شيء:
  {problems}</numerusform>
                <numerusform>%n مشكلات، لم يُستورد شيء:
  {problems}</numerusform>
                <numerusform>%n مشكلة، لم يُستورد شيء:
  {problems}</numerusform>
                <numerusform>%n مشكلة، لم يُستورد شيء:
  {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}</source>
            <translation>. الترويسة خلية واحدة تحتوي على {found}، لكن الصفوف قُرئت مفصولة بـ {used}: افصل كل صف بـ {found}</translation>
        </message>
        <message>
            <source>. The header is one cell containing {found}, but the rows were read as separated by {used}: separate every row with {found}, or add a first line sep={separator}</source>
            <translation>. الترويسة خلية واحدة تحتوي على {found}، لكن الصفوف قُرئت مفصولة بـ {used}: افصل كل صف بـ {found}، أو أضف سطرًا أول sep={separator}</translation>
        </message>
        <message>
            <source>. The header is one quoted cell; remove the quotes around the header row</source>
            <translation>. الترويسة خلية واحدة بين علامتي اقتباس؛ أزل علامتي الاقتباس حول صف الترويسة</translation>
        </message>
        <message>
            <source>a tag is longer than {limit} characters</source>
            <translation>أحد الوسوم أطول من {limit} محرفًا</translation>
        </message>
        <message>
            <source>cannot read workbooks safely: the defusedxml package is missing</source>
            <translation>تتعذّر قراءة المصنّفات بأمان: حزمة defusedxml مفقودة</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>فواصل</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is not a number</source>
            <translation>الشعور {emotion!r} ليس عددًا</translation>
        </message>
        <message>
            <source>emotion {emotion!r} is outside the scale −2…+2</source>
            <translation>الشعور {emotion!r} خارج المقياس −2…+2</translation>
        </message>
        <message>
            <source>evidence basis</source>
            <translation>نوع الدليل</translation>
        </message>
        <message>
            <source>evidence {evidence_text!r} is not one of observed, assumed, proposed</source>
            <translation>الدليل {evidence_text!r} ليس واحدًا من observed أو assumed أو proposed</translation>
        </message>
        <message>
            <source>ignored cells beyond the last column in row(s) {too_wide}</source>
            <translation>تُجوهلت خلايا بعد العمود الأخير في الصف أو الصفوف {too_wide}</translation>
        </message>
        <message>
            <source>ignored column {name!r}: the {column!r} column is {chosen!r}</source>
            <translation>تُجوهل العمود {name!r}: العمود {column!r} هو {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the hidden sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>تُجوهلت الورقة المخفية {title!r}؛ تُقرأ البطاقات من {chosen!r}</translation>
        </message>
        <message>
            <source>ignored the sheet {title!r}; cards are read from {chosen!r}</source>
            <translation>تُجوهلت الورقة {title!r}؛ تُقرأ البطاقات من {chosen!r}</translation>
        </message>
        <message numerus="yes">
            <source>ignored unknown column(s) {names} (known columns: {known})</source>
            <translation>
                <numerusform>لا أعمدة مجهولة {names} (الأعمدة المعروفة: {known})</numerusform>
                <numerusform>تُجوهل عمود مجهول {names} (الأعمدة المعروفة: {known})</numerusform>
                <numerusform>تُجوهل عمودان مجهولان {names} (الأعمدة المعروفة: {known})</numerusform>
                <numerusform>تُجوهلت أعمدة مجهولة {names} (الأعمدة المعروفة: {known})</numerusform>
                <numerusform>تُجوهلت أعمدة مجهولة {names} (الأعمدة المعروفة: {known})</numerusform>
                <numerusform>تُجوهلت أعمدة مجهولة {names} (الأعمدة المعروفة: {known})</numerusform>
            </translation>
        </message>
        <message>
            <source>journey kind</source>
            <translation>نوع الرحلة</translation>
        </message>
        <message>
            <source>kind of item</source>
            <translation>نوع العنصر</translation>
        </message>
        <message>
            <source>lane is empty</source>
            <translation>المسار فارغ</translation>
        </message>
        <message>
            <source>lane kind</source>
            <translation>نوع المسار</translation>
        </message>
        <message>
            <source>lane_kind {kind!r} is not a lane kind (use one of: {kinds})</source>
            <translation>‏lane_kind {kind!r} ليس نوع مسار (استخدم واحدًا من: {kinds})</translation>
        </message>
        <message>
            <source>map type</source>
            <translation>نوع الخريطة</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>مقياس</translation>
        </message>
        <message>
            <source>more than {limit:,} rows; split the file</source>
            <translation>أكثر من {limit:,} صف؛ قسّم الملف</translation>
        </message>
        <message>
            <source>no cards: the file has a header row but no data rows</source>
            <translation>لا بطاقات: في الملف صف ترويسة لكن لا صفوف بيانات</translation>
        </message>
        <message>
            <source>not valid UTF-16 ({reason})</source>
            <translation>ليس UTF-16 صالحًا ({reason})</translation>
        </message>
        <message>
            <source>not valid UTF-8 after the byte-order mark ({reason})</source>
            <translation>ليس UTF-8 صالحًا بعد علامة ترتيب البايتات ({reason})</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>nothing imported: the map could not be saved, {problem}; split the file into smaller ones</source>
            <translation>لم يُستورد شيء: يتعذّر حفظ الخريطة، {problem}؛ قسّم الملف إلى ملفات أصغر</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>row {row}: lane {lane!r} is {kind!r} here but {other_kind!r} in row {other_row}</source>
            <translation>الصف {row}: المسار {lane!r} من نوع {kind!r} هنا لكنه {other_kind!r} في الصف {other_row}</translation>
        </message>
        <message numerus="yes">
            <source>row {row}: missing required column(s) {missing}; the header row must name at least {required} (found: {found}){hint}</source>
            <translation>
                <numerusform>الصف {row}: لا أعمدة مطلوبة ناقصة {missing}؛ يجب أن يسمّي صف الترويسة على الأقل {required} (الموجود: {found}){hint}</numerusform>
                <numerusform>الصف {row}: العمود المطلوب {missing} مفقود؛ يجب أن يسمّي صف الترويسة على الأقل {required} (الموجود: {found}){hint}</numerusform>
                <numerusform>الصف {row}: العمودان المطلوبان {missing} مفقودان؛ يجب أن يسمّي صف الترويسة على الأقل {required} (الموجود: {found}){hint}</numerusform>
                <numerusform>الصف {row}: الأعمدة المطلوبة {missing} مفقودة؛ يجب أن يسمّي صف الترويسة على الأقل {required} (الموجود: {found}){hint}</numerusform>
                <numerusform>الصف {row}: الأعمدة المطلوبة {missing} مفقودة؛ يجب أن يسمّي صف الترويسة على الأقل {required} (الموجود: {found}){hint}</numerusform>
                <numerusform>الصف {row}: الأعمدة المطلوبة {missing} مفقودة؛ يجب أن يسمّي صف الترويسة على الأقل {required} (الموجود: {found}){hint}</numerusform>
            </translation>
        </message>
        <message>
            <source>row {row}: the column {key!r} appears twice</source>
            <translation>الصف {row}: العمود {key!r} مكرر</translation>
        </message>
        <message>
            <source>row {row}: unreadable CSV ({exc})</source>
            <translation>الصف {row}: CSV غير مقروء ({exc})</translation>
        </message>
        <message>
            <source>row {row}: {problem}</source>
            <translation>الصف {row}: {problem}</translation>
        </message>
        <message>
            <source>row {row}{where}: a quoted cell is never closed: its opening quote (") has no closing quote, so the rows after it would be read as part of that cell; add the missing quote</source>
            <translation>الصف {row}{where}: خلية بين علامتي اقتباس لا تُغلق أبدًا: علامة الاقتباس الافتتاحية (") بلا علامة إغلاق، فستُقرأ الصفوف التالية جزءًا من تلك الخلية؛ أضف علامة الاقتباس الناقصة</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>فواصل منقوطة</translation>
        </message>
        <message>
            <source>sheet 'Map'</source>
            <translation>الورقة 'Map'</translation>
        </message>
        <message>
            <source>sheet {sheet!r} row {row}</source>
            <translation>الورقة {sheet!r} الصف {row}</translation>
        </message>
        <message>
            <source>sheet {title!r} has more than {limit:,} rows</source>
            <translation>في الورقة {title!r} أكثر من {limit:,} صف</translation>
        </message>
        <message>
            <source>sheet {title!r} has no header row naming the column {key!r} (its columns are: {columns})</source>
            <translation>لا صف ترويسة في الورقة {title!r} يسمّي العمود {key!r} (أعمدتها: {columns})</translation>
        </message>
        <message>
            <source>sheet {title!r}: skipped {at} row(s) above the header row (titles or notes)</source>
            <translation>الورقة {title!r}: تُخطّي {at} من الصفوف فوق صف الترويسة (عناوين أو ملاحظات)</translation>
        </message>
        <message>
            <source>sheet {title!r}: {problem}</source>
            <translation>الورقة {title!r}: {problem}</translation>
        </message>
        <message>
            <source>skipped row(s) {no_card}: nothing in the card columns</source>
            <translation>تُخطّي الصف أو الصفوف {no_card}: لا شيء في أعمدة البطاقات</translation>
        </message>
        <message>
            <source>skipped {header_at} blank row(s) before the header</source>
            <translation>تُخطّي {header_at} من الصفوف الفارغة قبل الترويسة</translation>
        </message>
        <message>
            <source>stage is empty</source>
            <translation>المرحلة فارغة</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>علامات جدولة</translation>
        </message>
        <message>
            <source>the cards do not make a valid map: {reason}</source>
            <translation>لا تكوّن البطاقات خريطة صالحة: {reason}</translation>
        </message>
        <message>
            <source>the file has no header row</source>
            <translation>لا صف ترويسة في الملف</translation>
        </message>
        <message>
            <source>the file is empty; expected a header row naming at least {required}</source>
            <translation>الملف فارغ؛ كان المتوقع صف ترويسة يسمّي على الأقل {required}</translation>
        </message>
        <message>
            <source>the workbook</source>
            <translation>المصنّف</translation>
        </message>
        <message>
            <source>the workbook cannot be read ({reason})</source>
            <translation>تتعذّر قراءة المصنّف ({reason})</translation>
        </message>
        <message>
            <source>the workbook has a {sheet} sheet but no {missing}; a whole map needs Stages, Steps and Lanes (or give only a Cards sheet)</source>
            <translation>في المصنّف ورقة {sheet} لكن لا {missing}؛ تحتاج الخريطة الكاملة إلى Stages وSteps وLanes (أو أعطِ ورقة Cards وحدها)</translation>
        </message>
        <message>
            <source>the workbook has no Cards sheet: the map has no cards</source>
            <translation>لا ورقة Cards في المصنّف: لا بطاقات في الخريطة</translation>
        </message>
        <message>
            <source>the workbook has no Map sheet: the title is the file name</source>
            <translation>لا ورقة Map في المصنّف: العنوان هو اسم الملف</translation>
        </message>
        <message>
            <source>the workbook has no visible sheet</source>
            <translation>لا ورقة ظاهرة في المصنّف</translation>
        </message>
        <message>
            <source>the workbook has {count:,} parts; too many to be a map</source>
            <translation>في المصنّف {count:,} جزءًا؛ أكثر من أن يكون خريطة</translation>
        </message>
        <message>
            <source>the workbook is damaged ({exc})</source>
            <translation>المصنّف تالف ({exc})</translation>
        </message>
        <message>
            <source>the workbook unpacks to {unpacked:,} bytes; too large to be a map</source>
            <translation>يُفكّ المصنّف إلى {unpacked:,} بايت؛ أكبر من أن يكون خريطة</translation>
        </message>
        <message>
            <source>this is a text file, not an Excel workbook; a card list in CSV form needs a file name ending in .csv</source>
            <translation>هذا ملف نصي وليس مصنّف Excel؛ تحتاج قائمة البطاقات بصيغة CSV إلى اسم ملف ينتهي بـ ‎.csv</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file</source>
            <translation>هذا {what} وليس ملف CSV</translation>
        </message>
        <message>
            <source>this is {what}, not a CSV file; import it as a workbook (a file name ending in .xlsx)</source>
            <translation>هذا {what} وليس ملف CSV؛ استورده كمصنّف (اسم ملف ينتهي بـ ‎.xlsx)</translation>
        </message>
        <message>
            <source>this is {what}, not an Excel workbook</source>
            <translation>هذا {what} وليس مصنّف Excel</translation>
        </message>
        <message>
            <source>this is {what}; save it as an Excel workbook (.xlsx) and import that</source>
            <translation>هذا {what}؛ احفظه كمصنّف Excel ‏(‎.xlsx) واستورده</translation>
        </message>
        <message>
            <source>too large for a card list ({count:,} bytes)</source>
            <translation>أكبر من أن يكون قائمة بطاقات ({count:,} بايت)</translation>
        </message>
        <message>
            <source>too large for a workbook of a map ({count:,} bytes)</source>
            <translation>أكبر من أن يكون مصنّف خريطة ({count:,} بايت)</translation>
        </message>
        <message>
            <source>{column} is longer than {limit} characters</source>
            <translation>{column} أطول من {limit} محرفًا</translation>
        </message>
        <message>
            <source>{path}: cannot read ({reason})</source>
            <translation>{path}: تتعذّر القراءة ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write ({reason})</source>
            <translation>{path}: تتعذّر الكتابة ({reason})</translation>
        </message>
        <message>
            <source>{path}: cannot write: it is a folder</source>
            <translation>{path}: تتعذّر الكتابة: إنه مجلد</translation>
        </message>
        <message>
            <source>{path}: too large for a card list ({size:,} bytes)</source>
            <translation>{path}: أكبر من أن يكون قائمة بطاقات ({size:,} بايت)</translation>
        </message>
        <message>
            <source>{path}: too large for a workbook of a map ({size:,} bytes)</source>
            <translation>{path}: أكبر من أن يكون مصنّف خريطة ({size:,} بايت)</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{sheet} sheet</source>
            <translation>ورقة {sheet}</translation>
        </message>
        <message>
            <source>{text!r} is not a clock time such as 07:30</source>
            <translation>{text!r} ليس وقتًا مثل 07:30</translation>
        </message>
        <message>
            <source>{text!r} is not a {what} (use one of: {choices})</source>
            <translation>{text!r} ليس {what} صالحًا (استخدم واحدًا من: {choices})</translation>
        </message>
        <message>
            <source>{value!r} is neither yes nor no</source>
            <translation>{value!r} ليس نعم ولا لا</translation>
        </message>
        <message>
            <source>{value!r} is not JSON</source>
            <translation>{value!r} ليس JSON</translation>
        </message>
        <message>
            <source>{value!r} is not a number</source>
            <translation>{value!r} ليس عددًا</translation>
        </message>
        <message>
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} ليس عددًا صحيحًا</translation>
        </message>
        <message>
            <source>{where}, metric: empty (CSAT, CES or NPS)</source>
            <translation>{where}، metric: فارغ (CSAT أو CES أو NPS)</translation>
        </message>
        <message>
            <source>{where}, score: empty</source>
            <translation>{where}، score: فارغ</translation>
        </message>
        <message>
            <source>{where}, step_id: no step with id {step_id!r}</source>
            <translation>{where}، step_id: لا خطوة بالمعرّف {step_id!r}</translation>
        </message>
        <message>
            <source>{where}, {column}: {problem}</source>
            <translation>{where}, {column}: {problem}</translation>
        </message>
        <message>
            <source>{where}: ignored the unknown field {key!r}</source>
            <translation>{where}: تُجوهل الحقل المجهول {key!r}</translation>
        </message>
        <message>
            <source>{where}: no curve with id {curve!r} in the Curves sheet</source>
            <translation>{where}: لا منحنى بالمعرّف {curve!r} في ورقة Curves</translation>
        </message>
        <message>
            <source>{where}: no lane titled {lane!r} in the Lanes sheet; name one or give a lane_id</source>
            <translation>{where}: لا مسار بعنوان {lane!r} في ورقة Lanes؛ سمِّ واحدًا أو أعطِ lane_id</translation>
        </message>
        <message>
            <source>{where}: no stage named {stage!r} in the Stages sheet</source>
            <translation>{where}: لا مرحلة باسم {stage!r} في ورقة Stages</translation>
        </message>
        <message>
            <source>{where}: no stage with id {stage!r} in the Stages sheet</source>
            <translation>{where}: لا مرحلة بالمعرّف {stage!r} في ورقة Stages</translation>
        </message>
        <message>
            <source>{where}: no step {step!r} in stage {stage!r} (Steps sheet); name them or give a step_id</source>
            <translation>{where}: لا خطوة {step!r} في المرحلة {stage!r} (ورقة Steps)؛ سمِّهما أو أعطِ step_id</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>… and {count:,} more</source>
            <translation>… و{count:,} غيرها</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source> of 5</source>
            <translation> من 5</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>لا بطاقات</numerusform>
                <numerusform>بطاقة واحدة</numerusform>
                <numerusform>بطاقتان</numerusform>
                <numerusform>%n بطاقات</numerusform>
                <numerusform>%n بطاقةً</numerusform>
                <numerusform>%n بطاقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>لا خطوات</numerusform>
                <numerusform>خطوة واحدة</numerusform>
                <numerusform>خطوتان</numerusform>
                <numerusform>%n خطوات</numerusform>
                <numerusform>%n خطوةً</numerusform>
                <numerusform>%n خطوة</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled card)</source>
            <translation>(بطاقة بلا عنوان)</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>البطاقة</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>الخلية</translation>
        </message>
        <message>
            <source>Changes apply to every selected card.</source>
            <translation>تنطبق التغييرات على كل البطاقات المحددة.</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <source>Click a card, a stage, a step, a lane or the emotion curve to edit it here. Double-click an empty cell to add a card.</source>
            <translation>انقر بطاقة أو مرحلة أو خطوة أو مسارًا أو منحنى المشاعر لتحريره هنا. انقر نقرًا مزدوجًا على خلية فارغة لإضافة بطاقة.</translation>
        </message>
        <message>
            <source>Clock time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Clock time as HH:MM, e.g. 07:30</source>
            <translation>الوقت بصيغة HH:MM، مثل 07:30</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>حذف المنحنى</translation>
        </message>
        <message>
            <source>Derived from the cards' mean</source>
            <translation>مشتقة من متوسط البطاقات</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Difference per step</source>
            <translation>الفرق في كل خطوة</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>المدة</translation>
        </message>
        <message>
            <source>Edit emotion scale</source>
            <translation>تحرير مقياس المشاعر</translation>
        </message>
        <message>
            <source>Edit links</source>
            <translation>تحرير الروابط</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>الجهد</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>الشعور</translation>
        </message>
        <message>
            <source>Empty cell</source>
            <translation>خلية فارغة</translation>
        </message>
        <message>
            <source>Empty steps</source>
            <translation>الخطوات الفارغة</translation>
        </message>
        <message>
            <source>Every step met or beat what was expected.</source>
            <translation>كل خطوة بلغت المتوقع أو تجاوزته.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Expected against experienced</source>
            <translation>المتوقع مقابل المعاش</translation>
        </message>
        <message>
            <source>Expected, experienced…</source>
            <translation>المتوقَّع، المُعاش…</translation>
        </message>
        <message>
            <source>Experienced minus expected at each step; click to show the step</source>
            <translation>المعاش ناقص المتوقع في كل خطوة؛ انقر لعرض الخطوة</translation>
        </message>
        <message>
            <source>Follows</source>
            <translation>يتبع</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>الأعلى</translation>
        </message>
        <message>
            <source>Highest must be above lowest, with 2–21 levels</source>
            <translation>يجب أن يكون الأعلى فوق الأدنى، بعدد مستويات من 2 إلى 21</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>الصورة</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>الأثر</translation>
        </message>
        <message>
            <source>In stage {name}</source>
            <translation>في المرحلة {name}</translation>
        </message>
        <message>
            <source>Interview, survey, analytics…</source>
            <translation>مقابلة، استبيان، تحليلات…</translation>
        </message>
        <message>
            <source>Its points</source>
            <translation>نقاطه</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>المستويات</translation>
        </message>
        <message>
            <source>Levels run from lowest to highest, one per line. Changing the range moves the curve's points with it.</source>
            <translation>تتدرج المستويات من الأدنى إلى الأعلى، مستوى في كل سطر. تغيير النطاق ينقل نقاط المنحنى معه.</translation>
        </message>
        <message>
            <source>Link to card…</source>
            <translation>ربط ببطاقة…</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>الروابط</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>الأدنى</translation>
        </message>
        <message>
            <source>Metrics: one a line, such as “CSAT 82 % · n = 45 · 69 to 90” (CSAT per cent satisfied, CES 1–7, NPS −100…100; n answers; 95 % interval). `cjdesigner metrics` fills them from survey answers.</source>
            <translation>المقاييس: مقياس في كل سطر، مثل «CSAT 82 % · n = 45 · 69 to 90» (‏CSAT نسبة الراضين، CES من 1 إلى 7، NPS من −100 إلى 100؛ n عدد الإجابات؛ فترة ثقة 95 %). يملؤها الأمر `cjdesigner metrics` من إجابات الاستبيانات.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>لا شيء محدد</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Path or URL</source>
            <translation>المسار أو الرابط</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>الشخصية</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove this emotion curve from the map (Undo brings it back)</source>
            <translation>إزالة منحنى المشاعر هذا من الخريطة (التراجع يعيده)</translation>
        </message>
        <message>
            <source>Reset curve</source>
            <translation>إعادة ضبط المنحنى</translation>
        </message>
        <message>
            <source>Reset points to card emotions</source>
            <translation>إعادة ضبط النقاط على مشاعر البطاقات</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>المقياس</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Steps to improve first; click to show the step</source>
            <translation>الخطوات التي تُحسَّن أولًا؛ انقر لعرض الخطوة</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>The lowest moments of this curve. Label another curve of the same persona “Expected” to rank the steps by the gap instead.</source>
            <translation>أدنى لحظات هذا المنحنى. سمِّ منحنى آخر للشخصية نفسها «متوقع» لترتيب الخطوات حسب الفجوة بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The steps that fell furthest below what was expected.</source>
            <translation>الخطوات التي جاءت أبعد ما يكون دون المتوقع.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>ما يحدث</translation>
        </message>
        <message>
            <source>Where to act first</source>
            <translation>أين نبدأ العمل</translation>
        </message>
        <message>
            <source>as expected</source>
            <translation>كما هو متوقع</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>مفصولة، بفواصل</translation>
        </message>
        <message>
            <source>{experienced} against {expected}: the shaded band on the map is the gap.</source>
            <translation>{experienced} مقابل {expected}: الشريط المظلل على الخريطة هو الفجوة.</translation>
        </message>
        <message>
            <source>{stage} › {step}: expected {expected}, experienced {experienced}</source>
            <translation>{stage} › {step}: المتوقع {expected}، المعاش {experienced}</translation>
        </message>
        <message>
            <source>{step}  ·  {gap} below expected</source>
            <translation>{step}  ·  {gap} دون المتوقع</translation>
        </message>
        <message numerus="yes">
            <source>{where}

%n card(s) here. Arrow keys pick a card; Enter adds another one.</source>
            <translation>
                <numerusform>{where}

لا بطاقات هنا. تختار مفاتيح الأسهم بطاقة، ويضيف Enter بطاقة أخرى.</numerusform>
                <numerusform>{where}

بطاقة واحدة هنا. تختار مفاتيح الأسهم بطاقة، ويضيف Enter بطاقة أخرى.</numerusform>
                <numerusform>{where}

بطاقتان هنا. تختار مفاتيح الأسهم بطاقة، ويضيف Enter بطاقة أخرى.</numerusform>
                <numerusform>{where}

%n بطاقات هنا. تختار مفاتيح الأسهم بطاقة، ويضيف Enter بطاقة أخرى.</numerusform>
                <numerusform>{where}

%n بطاقةً هنا. تختار مفاتيح الأسهم بطاقة، ويضيف Enter بطاقة أخرى.</numerusform>
                <numerusform>{where}

%n بطاقة هنا. تختار مفاتيح الأسهم بطاقة، ويضيف Enter بطاقة أخرى.</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}

Press Enter or double-click to add a card here.</source>
            <translation>{where}

اضغط Enter أو انقر نقرًا مزدوجًا لإضافة بطاقة هنا.</translation>
        </message>
    </context>
    <context>
        <name>Interactions</name>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>نقل البطاقات</numerusform>
                <numerusform>نقل بطاقة</numerusform>
                <numerusform>نقل بطاقتين</numerusform>
                <numerusform>نقل %n بطاقات</numerusform>
                <numerusform>نقل %n بطاقةً</numerusform>
                <numerusform>نقل %n بطاقة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>{title}: stopping…</source>
            <translation>{title}: جارٍ الإيقاف…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (read-only)</source>
            <translation> (للقراءة فقط)</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) selected</source>
            <translation>
                <numerusform>لا بطاقات محددة</numerusform>
                <numerusform>بطاقة واحدة محددة</numerusform>
                <numerusform>بطاقتان محددتان</numerusform>
                <numerusform>%n بطاقات محددة</numerusform>
                <numerusform>%n بطاقةً محددة</numerusform>
                <numerusform>%n بطاقة محددة</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About {APP_NAME}</source>
            <translation>&amp;حول {APP_NAME}</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>الحجم ال&amp;فعلي</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;بطاقة</translation>
        </message>
        <message>
            <source>&amp;Close Map</source>
            <translation>إ&amp;غلاق الخريطة</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;نسخ</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;Emotion Curve</source>
            <translation>منحنى ال&amp;مشاعر</translation>
        </message>
        <message>
            <source>&amp;Export Poster…</source>
            <translation>&amp;تصدير الملصق…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Find and Filter…</source>
            <translation>&amp;بحث وتصفية…</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>ملاءمة ال&amp;خريطة</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>إ&amp;دراج</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>م&amp;سار</translation>
        </message>
        <message>
            <source>&amp;New Map</source>
            <translation>خريطة &amp;جديدة</translation>
        </message>
        <message>
            <source>&amp;Next Map</source>
            <translation>الخريطة ال&amp;تالية</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>الل&amp;وحات</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;لصق</translation>
        </message>
        <message>
            <source>&amp;Persona</source>
            <translation>&amp;شخصية</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>وضع ال&amp;عرض التقديمي</translation>
        </message>
        <message>
            <source>&amp;Previous Map</source>
            <translation>الخريطة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>ال&amp;عودة إلى المحفوظ</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>م&amp;رحلة</translation>
        </message>
        <message>
            <source>&amp;Start Page</source>
            <translation>صفحة ال&amp;بداية</translation>
        </message>
        <message>
            <source>&amp;Stop Timer</source>
            <translation>إي&amp;قاف المؤقت</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ترا&amp;جع</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>&amp;نافذة</translation>
        </message>
        <message>
            <source>A future-state map made from this one, compared with it</source>
            <translation>خريطة للحالة المستقبلية مصنوعة من هذه الخريطة ومقارَنة بها</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>حول &amp;Qt</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>حول {APP_NAME}</translation>
        </message>
        <message>
            <source>Add a &amp;Vote</source>
            <translation>إضافة &amp;صوت</translation>
        </message>
        <message>
            <source>Add a card in the current cell</source>
            <translation>إضافة بطاقة في الخلية الحالية</translation>
        </message>
        <message>
            <source>Add a lane below the selected one</source>
            <translation>إضافة مسار أسفل المسار المحدد</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>إضافة شخصية</translation>
        </message>
        <message>
            <source>Add a stage after the selected one</source>
            <translation>إضافة مرحلة بعد المرحلة المحددة</translation>
        </message>
        <message>
            <source>Add a step after the selected one</source>
            <translation>إضافة خطوة بعد الخطوة المحددة</translation>
        </message>
        <message>
            <source>Add another emotion curve</source>
            <translation>إضافة منحنى مشاعر آخر</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>حُفظت كل التغييرات</translation>
        </message>
        <message>
            <source>Both versions step by step in one map (Now and Future lanes), to print</source>
            <translation>النسختان خطوة بخطوة في خريطة واحدة (مسارا الحاضر والمستقبل) للطباعة</translation>
        </message>
        <message>
            <source>Clear Recent</source>
            <translation>مسح القائمة</translation>
        </message>
        <message>
            <source>Close map</source>
            <translation>إغلاق الخريطة</translation>
        </message>
        <message>
            <source>Close this map</source>
            <translation>إغلاق هذه الخريطة</translation>
        </message>
        <message>
            <source>Close {name}</source>
            <translation>إغلاق {name}</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>م&amp;قارنة</translation>
        </message>
        <message>
            <source>Compare the map with another version first (View › Compare).</source>
            <translation>قارن الخريطة أولًا بنسخة أخرى (عرض › مقارنة).</translation>
        </message>
        <message>
            <source>Compare with &amp;File…</source>
            <translation>المقارنة ب&amp;ملف…</translation>
        </message>
        <message>
            <source>Compare with &amp;Last Saved</source>
            <translation>المقارنة ب&amp;آخر حفظ</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>المقارنة</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <source>Count down {minutes} minutes in the status bar</source>
            <translation>عدّ تنازلي لمدة {minutes} دقيقة في شريط الحالة</translation>
        </message>
        <message>
            <source>Create &amp;Future State</source>
            <translation>إنشاء الحالة ال&amp;مستقبلية</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;قص</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>ت&amp;كرار</translation>
        </message>
        <message>
            <source>Drop unsaved changes</source>
            <translation>التخلي عن التغييرات غير المحفوظة</translation>
        </message>
        <message>
            <source>Emotion curve selected</source>
            <translation>منحنى المشاعر محدد</translation>
        </message>
        <message>
            <source>Export &amp;As</source>
            <translation>تصدير &amp;بتنسيق</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>تصدير C&amp;SV…</translation>
        </message>
        <message>
            <source>Export a PDF poster</source>
            <translation>تصدير ملصق PDF</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>ملء ال&amp;شاشة</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>بحث عن ال&amp;تالي</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>بحث عن ال&amp;سابق</translation>
        </message>
        <message>
            <source>Find cards; filter by channel, owner, tag or evidence</source>
            <translation>البحث عن البطاقات؛ والتصفية حسب القناة أو المسؤول أو الوسم أو الدليل</translation>
        </message>
        <message>
            <source>Import &amp;CSV or Excel…</source>
            <translation>استيراد &amp;CSV أو Excel…</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>المفتش</translation>
        </message>
        <message>
            <source>Lane selected</source>
            <translation>مسار محدد</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>الخريطة</translation>
        </message>
        <message>
            <source>Map too large to keep safe</source>
            <translation>الخريطة أكبر من أن تُحفظ بأمان</translation>
        </message>
        <message>
            <source>Mark what changed against another map file</source>
            <translation>تمييز ما تغيّر مقارنةً بملف خريطة آخر</translation>
        </message>
        <message>
            <source>Mark what changed since the map was last saved</source>
            <translation>تمييز ما تغيّر منذ آخر حفظ للخريطة</translation>
        </message>
        <message>
            <source>New &amp;Empty Map</source>
            <translation>خريطة &amp;فارغة جديدة</translation>
        </message>
        <message>
            <source>New Service &amp;Blueprint</source>
            <translation>مخطط &amp;خدمة جديد</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>جديد من &amp;قالب</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>لا خرائط حديثة</translation>
        </message>
        <message>
            <source>No templates installed</source>
            <translation>لا قوالب مثبّتة</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>لم تُحفظ بعد</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>لا شيء محدد</translation>
        </message>
        <message>
            <source>One more vote for each selected card</source>
            <translation>صوت إضافي لكل بطاقة محددة</translation>
        </message>
        <message>
            <source>One vote less for each selected card</source>
            <translation>صوت أقل لكل بطاقة محددة</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>فتح ال&amp;حديثة</translation>
        </message>
        <message>
            <source>Open Comparison &amp;Map</source>
            <translation>فتح &amp;خريطة المقارنة</translation>
        </message>
        <message>
            <source>Open a map file</source>
            <translation>فتح ملف خريطة</translation>
        </message>
        <message>
            <source>Open cards or a whole map from a spreadsheet</source>
            <translation>فتح بطاقات أو خريطة كاملة من جدول بيانات</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>المخطط</translation>
        </message>
        <message>
            <source>Page Set&amp;up…</source>
            <translation>إ&amp;عداد الصفحة…</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>الشخصيات</translation>
        </message>
        <message>
            <source>Poster export is not installed</source>
            <translation>تصدير الملصقات غير مثبّت</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>الت&amp;فضيلات…</translation>
        </message>
        <message>
            <source>Print &amp;Tiled…</source>
            <translation>طباعة م&amp;جزأة…</translation>
        </message>
        <message>
            <source>Print the poster across several sheets to tape together</source>
            <translation>طباعة الملصق على عدة أوراق تُلصق معًا</translation>
        </message>
        <message>
            <source>Print the poster on one page of the printer's paper</source>
            <translation>طباعة الملصق على صفحة واحدة من ورق الطابعة</translation>
        </message>
        <message>
            <source>Printer, paper, orientation and margins for printing</source>
            <translation>الطابعة والورق والاتجاه والهوامش للطباعة</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>الأولويات</translation>
        </message>
        <message>
            <source>Quit cjdesigner</source>
            <translation>إنهاء cjdesigner</translation>
        </message>
        <message>
            <source>Recent files, templates and recovered work</source>
            <translation>الملفات الحديثة والقوالب والعمل المسترد</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>&amp;خطوة</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>حفظ &amp;باسم…</translation>
        </message>
        <message>
            <source>Save the map</source>
            <translation>حفظ الخريطة</translation>
        </message>
        <message>
            <source>Save the map under a new name</source>
            <translation>حفظ الخريطة باسم جديد</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>تحديد ال&amp;كل</translation>
        </message>
        <message>
            <source>Stage selected</source>
            <translation>مرحلة محددة</translation>
        </message>
        <message>
            <source>Start a map with no stages, lanes or curves</source>
            <translation>بدء خريطة بلا مراحل أو مسارات أو منحنيات</translation>
        </message>
        <message>
            <source>Start a new customer journey: five stages and the usual lanes</source>
            <translation>بدء رحلة عميل جديدة: خمس مراحل والمسارات المعتادة</translation>
        </message>
        <message>
            <source>Start a service blueprint: customer actions over the frontstage, backstage and support layers</source>
            <translation>بدء مخطط خدمة: أفعال العميل فوق طبقات الواجهة والكواليس والدعم</translation>
        </message>
        <message>
            <source>Step selected</source>
            <translation>خطوة محددة</translation>
        </message>
        <message>
            <source>Stop &amp;Comparing</source>
            <translation>إيقاف ال&amp;مقارنة</translation>
        </message>
        <message>
            <source>Take Back a V&amp;ote</source>
            <translation>سحب &amp;صوت</translation>
        </message>
        <message>
            <source>The map alone, full screen, for a projector (Esc or F5 to leave)</source>
            <translation>الخريطة وحدها بملء الشاشة لجهاز العرض (Esc أو F5 للخروج)</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>انتهى الوقت</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>شريط الأدوات</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>تغييرات غير محفوظة</translation>
        </message>
        <message>
            <source>Unsaved · recovery copy {stamp}</source>
            <translation>غير محفوظة · نسخة استرداد {stamp}</translation>
        </message>
        <message>
            <source>Workshop &amp;Timer</source>
            <translation>م&amp;ؤقت الورشة</translation>
        </message>
        <message>
            <source>Write the cards to a CSV file</source>
            <translation>كتابة البطاقات في ملف CSV</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <source>Zoom {text}</source>
            <translation>التكبير {text}</translation>
        </message>
        <message>
            <source>cjdesigner keeps a copy of unsaved work and offers it back after a crash</source>
            <translation>يحتفظ cjdesigner بنسخة من العمل غير المحفوظ ويعرضها عليك بعد أي انهيار</translation>
        </message>
        <message>
            <source>{APP_NAME} {version}

Customer journey maps and service blueprints, made offline, printed as wall-size posters.</source>
            <translation>{APP_NAME} {version}

خرائط رحلة العميل ومخططات الخدمة، تُصنع دون اتصال وتُطبع ملصقات بحجم الجدار.</translation>
        </message>
        <message>
            <source>{display_name} is now {why}.

Neither a save nor the recovery copy could be opened again. Remove cards (or move some to another map) before you close it; exports still work.</source>
            <translation>أصبحت {display_name} الآن {why}.

لن يمكن فتح الملف المحفوظ ولا نسخة الاسترداد مرة أخرى. أزل بطاقات (أو انقل بعضها إلى خريطة أخرى) قبل إغلاقها؛ ما زال التصدير يعمل.</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} دقيقة</translation>
        </message>
    </context>
    <context>
        <name>MapPanel</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>لا بطاقات</numerusform>
                <numerusform>بطاقة واحدة</numerusform>
                <numerusform>بطاقتان</numerusform>
                <numerusform>%n بطاقات</numerusform>
                <numerusform>%n بطاقةً</numerusform>
                <numerusform>%n بطاقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emotion curve(s)</source>
            <translation>
                <numerusform>لا منحنيات مشاعر</numerusform>
                <numerusform>منحنى مشاعر واحد</numerusform>
                <numerusform>منحنيا مشاعر</numerusform>
                <numerusform>%n منحنيات مشاعر</numerusform>
                <numerusform>%n منحنى مشاعر</numerusform>
                <numerusform>%n منحنى مشاعر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation>
                <numerusform>لا مسارات</numerusform>
                <numerusform>مسار واحد</numerusform>
                <numerusform>مساران</numerusform>
                <numerusform>%n مسارات</numerusform>
                <numerusform>%n مسارًا</numerusform>
                <numerusform>%n مسار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation>
                <numerusform>لا شخصيات</numerusform>
                <numerusform>شخصية واحدة</numerusform>
                <numerusform>شخصيتان</numerusform>
                <numerusform>%n شخصيات</numerusform>
                <numerusform>%n شخصيةً</numerusform>
                <numerusform>%n شخصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>لا مراحل</numerusform>
                <numerusform>مرحلة واحدة</numerusform>
                <numerusform>مرحلتان</numerusform>
                <numerusform>%n مراحل</numerusform>
                <numerusform>%n مرحلةً</numerusform>
                <numerusform>%n مرحلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>لا خطوات</numerusform>
                <numerusform>خطوة واحدة</numerusform>
                <numerusform>خطوتان</numerusform>
                <numerusform>%n خطوات</numerusform>
                <numerusform>%n خطوةً</numerusform>
                <numerusform>%n خطوة</numerusform>
            </translation>
        </message>
        <message>
            <source>A service blueprint shows what happens frontstage, backstage and in support processes, under the lines of interaction, visibility and internal interaction.</source>
            <translation>يبيّن مخطط الخدمة ما يجري في الواجهة وفي الكواليس وفي عمليات الدعم، تحت خطوط التفاعل والرؤية والتفاعل الداخلي.</translation>
        </message>
        <message>
            <source>Add blueprint layers</source>
            <translation>إضافة طبقات المخطط</translation>
        </message>
        <message>
            <source>Add the blueprint layers</source>
            <translation>إضافة طبقات مخطط الخدمة</translation>
        </message>
        <message>
            <source>Add {layers}</source>
            <translation>إضافة {layers}</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>المؤلف</translation>
        </message>
        <message>
            <source>Created {created}
Last saved {saved}</source>
            <translation>أُنشئت {created}
آخر حفظ {saved}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>الرحلة</translation>
        </message>
        <message>
            <source>Map type</source>
            <translation>نوع الخريطة</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>النطاق</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>What this map is about, for whom and how far it reaches.</source>
            <translation>موضوع هذه الخريطة ولمن هي وإلى أي مدى تمتد.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>v1, workshop 2…</source>
            <translation>الإصدار 1، الورشة 2…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Add card here</source>
            <translation>إضافة بطاقة هنا</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>إضافة مسار</translation>
        </message>
        <message>
            <source>Add lane above</source>
            <translation>إضافة مسار أعلاه</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>إضافة مسار أسفله</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>إضافة مرحلة</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>إضافة مرحلة بعدها</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>إضافة مرحلة قبلها</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>إضافة خطوة</translation>
        </message>
        <message>
            <source>Add step after</source>
            <translation>إضافة خطوة بعدها</translation>
        </message>
        <message>
            <source>Add step before</source>
            <translation>إضافة خطوة قبلها</translation>
        </message>
        <message>
            <source>Clear curve point</source>
            <translation>مسح نقطة المنحنى</translation>
        </message>
        <message>
            <source>Clear point (use the cards' mean)</source>
            <translation>مسح النقطة (استخدام متوسط البطاقات)</translation>
        </message>
        <message>
            <source>Clock time…</source>
            <translation>الوقت…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>اللون…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>قص</translation>
        </message>
        <message>
            <source>Default colour</source>
            <translation>اللون الافتراضي</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete curve</source>
            <translation>حذف المنحنى</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>تكرار</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>تحرير النص</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>نوع المسار</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>لصق</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>إزالة المسار</translation>
        </message>
        <message>
            <source>Remove stage</source>
            <translation>إزالة المرحلة</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>إزالة الخطوة</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>إعادة تسمية…</translation>
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
            <translation>كل مقياس مرة واحدة لكل خطوة</translation>
        </message>
        <message>
            <source>not a metric line: {text!r} (e.g. CSAT 82 % · n = 45)</source>
            <translation>ليس سطر مقياس: {text!r} (مثل CSAT 82 % · n = 45)</translation>
        </message>
        <message>
            <source>unknown metric {name!r}: CSAT, CES or NPS</source>
            <translation>مقياس غير معروف {name!r}: CSAT أو CES أو NPS</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>لا بطاقات</numerusform>
                <numerusform>بطاقة واحدة</numerusform>
                <numerusform>بطاقتان</numerusform>
                <numerusform>%n بطاقات</numerusform>
                <numerusform>%n بطاقةً</numerusform>
                <numerusform>%n بطاقة</numerusform>
            </translation>
        </message>
        <message>
            <source>+ Lane</source>
            <translation>+ مسار</translation>
        </message>
        <message>
            <source>+ Stage</source>
            <translation>+ مرحلة</translation>
        </message>
        <message>
            <source>+ Step</source>
            <translation>+ خطوة</translation>
        </message>
        <message>
            <source>Add a lane</source>
            <translation>إضافة مسار</translation>
        </message>
        <message>
            <source>Add a stage</source>
            <translation>إضافة مرحلة</translation>
        </message>
        <message>
            <source>Add a step to the selected stage</source>
            <translation>إضافة خطوة إلى المرحلة المحددة</translation>
        </message>
        <message>
            <source>Emotion curve: select it on the map; Remove deletes it</source>
            <translation>منحنى المشاعر: حدّده على الخريطة؛ «إزالة» تحذفه</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>منحنيات المشاعر</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>المسارات</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>نقل لأسفل</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>نقل لأعلى</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>مسار جديد</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the selected stage, step, lane or curve</source>
            <translation>إزالة المرحلة أو الخطوة أو المسار أو المنحنى المحدد</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>إعادة تسمية المسار</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>إعادة تسمية المرحلة</translation>
        </message>
        <message>
            <source>Rename step</source>
            <translation>إعادة تسمية الخطوة</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>المراحل</translation>
        </message>
    </context>
    <context>
        <name>Personas</name>
        <message>
            <source>(unnamed)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <source>A picture in the map's folder is linked; one from elsewhere is embedded in the map, scaled down.</source>
            <translation>تُربط الصورة الموجودة في مجلد الخريطة؛ أما الصورة من مكان آخر فتُضمَّن في الخريطة بحجم أصغر.</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>إضافة شخصية</translation>
        </message>
        <message>
            <source>Add emotion curve</source>
            <translation>إضافة منحنى مشاعر</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>العمر</translation>
        </message>
        <message>
            <source>Attach a curve…</source>
            <translation>ربط منحنى…</translation>
        </message>
        <message>
            <source>Attach curve</source>
            <translation>ربط المنحنى</translation>
        </message>
        <message>
            <source>Attached: </source>
            <translation>المرتبطة: </translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>السلوكيات</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>التحديات</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>القنوات</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>اختر صورة</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>اختر صورة…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>المنحنى {number}</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>منحنيات المشاعر</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>متوقع</translation>
        </message>
        <message>
            <source>Experienced</source>
            <translation>المُعاش</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>الدخل</translation>
        </message>
        <message>
            <source>Lists take one entry per line.</source>
            <translation>تأخذ القوائم عنصرًا واحدًا في كل سطر.</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>الدوافع</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>الاحتياجات</translation>
        </message>
        <message>
            <source>New curve</source>
            <translation>منحنى جديد</translation>
        </message>
        <message>
            <source>No curve attached to this persona yet.</source>
            <translation>لم يُربط أي منحنى بهذه الشخصية بعد.</translation>
        </message>
        <message>
            <source>No personas yet. A map is made for one or two primary personas.</source>
            <translation>لا شخصيات بعد. تُصنع الخريطة لشخصية رئيسية أو شخصيتين.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>لا صورة</translation>
        </message>
        <message>
            <source>Not shown: {reason}</source>
            <translation>لا تُعرض: {reason}</translation>
        </message>
        <message>
            <source>Not used: {reason}</source>
            <translation>لم تُستخدم: {reason}</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>رئيسية</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>اقتباس</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>إزالة الصورة</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>الشريحة</translation>
        </message>
        <message>
            <source>Who the map is for; ★ marks a primary persona.</source>
            <translation>لمن هذه الخريطة؛ وتشير ★ إلى شخصية رئيسية.</translation>
        </message>
        <message>
            <source>Working parents in their 30s</source>
            <translation>آباء وأمهات عاملون في الثلاثينيات</translation>
        </message>
        <message>
            <source>＋ Add</source>
            <translation>＋ إضافة</translation>
        </message>
    </context>
    <context>
        <name>Poster</name>
        <message>
            <source>(untitled)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} أخرى</translation>
        </message>
        <message>
            <source>+{count} more (see the editor)</source>
            <translation>+{count} أخرى (انظر المحرر)</translation>
        </message>
        <message>
            <source>+{count} more (see the map)</source>
            <translation>+{count} أخرى (انظر الخريطة)</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>السلوكيات</translation>
        </message>
        <message>
            <source>By {author}</source>
            <translation>إعداد {author}</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>التحديات</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>القنوات</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>الشعور</translation>
        </message>
        <message>
            <source>Emotion curves</source>
            <translation>منحنيات المشاعر</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Filled: set · hollow: derived from cards</source>
            <translation>مصمت: محدد · مجوف: مستنتج من البطاقات</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>HOW TO READ THIS MAP</source>
            <translation>كيف تُقرأ هذه الخريطة</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>الأثر →</translation>
        </message>
        <message>
            <source>Moments that matter</source>
            <translation>لحظات مهمة</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>الدوافع</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>الاحتياجات</translation>
        </message>
        <message>
            <source>No evidence recorded</source>
            <translation>لا أدلة مسجلة</translation>
        </message>
        <message>
            <source>No low moments</source>
            <translation>لا لحظات منخفضة</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>لا مسؤول بعد</translation>
        </message>
        <message>
            <source>No votes or evidence yet</source>
            <translation>لا أصوات ولا أدلة بعد</translation>
        </message>
        <message>
            <source>Notes by lane</source>
            <translation>الملاحظات حسب المسار</translation>
        </message>
        <message>
            <source>Observed rather than assumed</source>
            <translation>ملاحَظ لا مفترَض</translation>
        </message>
        <message>
            <source>Observed: {count}</source>
            <translation>ملاحَظ: {count}</translation>
        </message>
        <message>
            <source>Owner: {owner}</source>
            <translation>المسؤول: {owner}</translation>
        </message>
        <message>
            <source>Priorities (impact/effort)</source>
            <translation>الأولويات (الأثر/الجهد)</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>مخطط الخدمة</translation>
        </message>
        <message>
            <source>Stage {number} of {count}</source>
            <translation>المرحلة {number} من {count}</translation>
        </message>
        <message>
            <source>Time runs left to right through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>يجري الزمن من اليسار إلى اليمين عبر المراحل والخطوات؛ وكل صف مسار من مسارات التجربة. كلما علت النقطة على المنحنى كانت اللحظة أفضل.</translation>
        </message>
        <message>
            <source>Time runs right to left through stages and steps; each row is a lane of the experience. Higher on the curve is a better moment.</source>
            <translation>يجري الزمن من اليمين إلى اليسار عبر المراحل والخطوات؛ وكل صف مسار من مسارات التجربة. كلما علت النقطة على المنحنى كانت اللحظة أفضل.</translation>
        </message>
        <message>
            <source>Top opportunities</source>
            <translation>أهم الفرص</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>رحلة بلا عنوان</translation>
        </message>
        <message>
            <source>Updated {date}</source>
            <translation>حُدّثت في {date}</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>الإصدار {version}</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <source>Votes: {count}</source>
            <translation>الأصوات: {count}</translation>
        </message>
        <message>
            <source>Worst moments</source>
            <translation>أسوأ اللحظات</translation>
        </message>
        <message>
            <source>hollow: derived from the cards' mean</source>
            <translation>مجوف: مستنتج من متوسط البطاقات</translation>
        </message>
        <message>
            <source>the cards' mean</source>
            <translation>متوسط البطاقات</translation>
        </message>
        <message>
            <source>{kind} journey</source>
            <translation>رحلة: {kind}</translation>
        </message>
        <message>
            <source>{type} map</source>
            <translation>خريطة: {type}</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>1 … 10, ten levels</source>
            <translation>‏1 … 10، عشرة مستويات</translation>
        </message>
        <message>
            <source>1 … 5, five levels</source>
            <translation>‏1 … 5، خمسة مستويات</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>حسب النظام</translation>
        </message>
        <message>
            <source>−1 … +1, three levels</source>
            <translation>‏−1 … +1، ثلاثة مستويات</translation>
        </message>
        <message>
            <source>−2 … +2, five levels</source>
            <translation>‏−2 … +2، خمسة مستويات</translation>
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source> max on a card</source>
            <translation> كحد أقصى للبطاقة</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source> votes each</source>
            <translation> أصوات لكل مشارك</translation>
        </message>
        <message>
            <source> · {clock} left</source>
            <translation> · متبقٍ {clock}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>Add to cards' votes</source>
            <translation>إضافة إلى أصوات البطاقات</translation>
        </message>
        <message>
            <source>Allow editing the map while presenting (L)</source>
            <translation>السماح بتحرير الخريطة أثناء العرض (L)</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>مجهول الهوية</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>قبول</translation>
        </message>
        <message>
            <source>Approve every card first (all go to the inbox)</source>
            <translation>قبول كل بطاقة أولًا (تذهب كلها إلى الوارد)</translation>
        </message>
        <message>
            <source>Close voting</source>
            <translation>إغلاق التصويت</translation>
        </message>
        <message>
            <source>Each participant spends their votes on their phone.</source>
            <translation>يوزّع كل مشارك أصواته من هاتفه.</translation>
        </message>
        <message>
            <source>End round</source>
            <translation>إنهاء الجولة</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>الوارد</translation>
        </message>
        <message>
            <source>Inbox ({inbox})</source>
            <translation>الوارد ({inbox})</translation>
        </message>
        <message>
            <source>Inbox {count}</source>
            <translation>الوارد {count}</translation>
        </message>
        <message>
            <source>Lanes open to phones; approve every card first (O)</source>
            <translation>المسارات المفتوحة للهواتف؛ قبول كل بطاقة أولًا (O)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <source>Map unlocked</source>
            <translation>الخريطة غير مقفلة</translation>
        </message>
        <message>
            <source>Next stage in the spotlight (→)</source>
            <translation>المرحلة التالية تحت الضوء (→)</translation>
        </message>
        <message>
            <source>No spotlight (Home)</source>
            <translation>بلا تسليط ضوء (Home)</translation>
        </message>
        <message>
            <source>One minute less (−)</source>
            <translation>دقيقة أقل (−)</translation>
        </message>
        <message>
            <source>One minute more (+)</source>
            <translation>دقيقة أكثر (+)</translation>
        </message>
        <message>
            <source>Participants' cards waiting for approval (I)</source>
            <translation>بطاقات المشاركين بانتظار القبول (I)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>الهواتف</translation>
        </message>
        <message>
            <source>Previous stage in the spotlight (←)</source>
            <translation>المرحلة السابقة تحت الضوء (←)</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>خاص</translation>
        </message>
        <message>
            <source>Private mode: notes hidden until revealed together (P)</source>
            <translation>الوضع الخاص: تبقى الملاحظات مخفية حتى تُكشف معًا (P)</translation>
        </message>
        <message numerus="yes">
            <source>Private · %n note(s) hidden</source>
            <translation>
                <numerusform>خاص · لا ملاحظات مخفية</numerusform>
                <numerusform>خاص · ملاحظة واحدة مخفية</numerusform>
                <numerusform>خاص · ملاحظتان مخفيتان</numerusform>
                <numerusform>خاص · %n ملاحظات مخفية</numerusform>
                <numerusform>خاص · %n ملاحظةً مخفية</numerusform>
                <numerusform>خاص · %n ملاحظة مخفية</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>رفض</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>إعادة ضبط</translation>
        </message>
        <message>
            <source>Reset the timer (R)</source>
            <translation>إعادة ضبط المؤقت (R)</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>كشف</translation>
        </message>
        <message>
            <source>Revealed: {cast} votes from {voters} people</source>
            <translation>كُشف: {cast} صوتًا من {voters} أشخاص</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>ضبط</translation>
        </message>
        <message>
            <source>Set the timer (T)</source>
            <translation>ضبط المؤقت (T)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>بدء</translation>
        </message>
        <message>
            <source>Start or pause the timer (Space)</source>
            <translation>بدء المؤقت أو إيقافه مؤقتًا (مسافة)</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>بدء التصويت</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>تصويت</translation>
        </message>
        <message>
            <source>Vote round (V)</source>
            <translation>جولة تصويت (V)</translation>
        </message>
        <message>
            <source>Voting closed: {cast} votes cast. Reveal when ready.</source>
            <translation>أُغلق التصويت: أُدلي بـ{cast} صوتًا. اكشفها عند الاستعداد.</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>التصويت مفتوح</translation>
        </message>
        <message>
            <source>Voting open ({kind}): {cast} votes cast by {voters} of {people}{left}</source>
            <translation>التصويت مفتوح ({kind}): {cast} صوتًا من {voters} من أصل {people}{left}</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>الخريطة كاملة</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>مجهول الهوية</translation>
        </message>
        <message>
            <source>named</source>
            <translation>بالأسماء</translation>
        </message>
        <message>
            <source>untimed</source>
            <translation>بلا مهلة</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>could not prepare the printout: {value}</source>
            <translation>تعذر تجهيز الطباعة: {value}</translation>
        </message>
        <message>
            <source>the printer could not be started</source>
            <translation>تعذر تشغيل الطابعة</translation>
        </message>
        <message>
            <source>the printout has {page_count} pages; none is in the range {fromPage}–{toPage}</source>
            <translation>تتكون الطباعة من {page_count} صفحة؛ ولا تقع أي منها في النطاق {fromPage}–{toPage}</translation>
        </message>
    </context>
    <context>
        <name>Priorities</name>
        <message>
            <source>No cards in an opportunities or ideas lane yet.</source>
            <translation>لا بطاقات في مسار فرص أو أفكار بعد.</translation>
        </message>
        <message>
            <source>{rated} of {count} opportunities rated for impact and effort (Inspector). Ranked by quadrant (quick wins first), then impact − effort, impact, votes, evidence and the step's metrics.</source>
            <translation>قُيّمت {rated} من {count} فرصة من حيث الأثر والجهد (المفتش). مرتبة حسب الربع (المكاسب السريعة أولًا)، ثم الأثر − الجهد، فالأثر، فالأصوات، فالدليل، فمقاييس الخطوة.</translation>
        </message>
    </context>
    <context>
        <name>Raster</name>
        <message>
            <source>a resolution of {dpi:g} dpi is out of range (10–2400)</source>
            <translation>الدقة {dpi:g} نقطة/بوصة خارج النطاق (10–2400)</translation>
        </message>
        <message>
            <source>a {w} × {h} pixel picture is too large; lower --dpi or export a PDF poster</source>
            <translation>صورة بحجم {w} × {h} بكسل كبيرة جدًا؛ اخفض ‎--dpi أو صدّر ملصق PDF</translation>
        </message>
        <message>
            <source>not enough memory for a {w} × {h} pixel picture</source>
            <translation>الذاكرة لا تكفي لصورة بحجم {w} × {h} بكسل</translation>
        </message>
        <message>
            <source>not enough memory for a {w}-pixel-wide picture</source>
            <translation>الذاكرة لا تكفي لصورة بعرض {w} بكسل</translation>
        </message>
        <message>
            <source>the part to export lies outside the map</source>
            <translation>الجزء المراد تصديره يقع خارج الخريطة</translation>
        </message>
        <message>
            <source>{path}: cannot write the SVG</source>
            <translation>{path}: تتعذر كتابة ملف SVG</translation>
        </message>
    </context>
    <context>
        <name>RoomDialogs</name>
        <message>
            <source>  ({selected} selected)</source>
            <translation>  (المحدد: {selected})</translation>
        </message>
        <message>
            <source>192.168.1.20:43210, or paste the join link</source>
            <translation>192.168.1.20:43210، أو الصق رابط الانضمام</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>العنوان:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>الرمز:</translation>
        </message>
        <message>
            <source>Here now:</source>
            <translation>الحاضرون الآن:</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>انضمام</translation>
        </message>
        <message>
            <source>Join Session</source>
            <translation>الانضمام إلى الجلسة</translation>
        </message>
        <message>
            <source>Join link:</source>
            <translation>رابط الانضمام:</translation>
        </message>
        <message>
            <source>K7QX-M2PA</source>
            <translation>K7QX-M2PA</translation>
        </message>
        <message>
            <source>Scan the code with a phone, or join from cjdesigner:</source>
            <translation>امسح الرمز بهاتف، أو انضم من cjdesigner:</translation>
        </message>
        <message>
            <source>Session running</source>
            <translation>الجلسة قيد التشغيل</translation>
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation>الجلسات على هذه الشبكة:</translation>
        </message>
        <message>
            <source>Stop Session</source>
            <translation>إيقاف الجلسة</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>اسمك:</translation>
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
            <translation>شخص ما</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Author</source>
            <translation>المؤلف</translation>
        </message>
        <message>
            <source>Custom ({min} … {max})</source>
            <translation>مخصص ({min} … {max})</translation>
        </message>
        <message>
            <source>Emotion scale</source>
            <translation>مقياس المشاعر</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Poster paper</source>
            <translation>ورق الملصق</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>The editor speaks the chosen language as soon as you press OK. New maps take the editor's language for the words printed on their posters.</source>
            <translation>يتحدث المحرر اللغة المختارة فور الضغط على موافق. تأخذ الخرائط الجديدة لغة المحرر للكلمات المطبوعة على ملصقاتها.</translation>
        </message>
        <message>
            <source>The emotion scale applies to curves of new maps; each curve keeps its own scale, editable in the inspector.</source>
            <translation>ينطبق مقياس المشاعر على منحنيات الخرائط الجديدة؛ ويحتفظ كل منحنى بمقياسه الخاص القابل للتحرير في المفتش.</translation>
        </message>
        <message>
            <source>Your name, written into new maps</source>
            <translation>اسمك، ويُكتب في الخرائط الجديدة</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Customer journey maps and service blueprints</source>
            <translation>خرائط رحلة العميل ومخططات الخدمة</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Maps you open or save appear here.</source>
            <translation>تظهر هنا الخرائط التي تفتحها أو تحفظها.</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>خريطة جديدة</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>فتح…</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>الحديثة</translation>
        </message>
        <message>
            <source>Recovered work</source>
            <translation>العمل المسترد</translation>
        </message>
        <message>
            <source>Remove from List</source>
            <translation>إزالة من القائمة</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <source>Start from a template</source>
            <translation>البدء من قالب</translation>
        </message>
        <message>
            <source>These maps had unsaved changes when cjdesigner last stopped.</source>
            <translation>كانت في هذه الخرائط تغييرات غير محفوظة عندما توقف cjdesigner آخر مرة.</translation>
        </message>
        <message>
            <source>This map was never saved</source>
            <translation>لم تُحفظ هذه الخريطة قط</translation>
        </message>
        <message>
            <source>cjdesigner</source>
            <translation>cjdesigner</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>الآن</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>لم تُحفظ قط</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>قبل {n} ساعة</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>قبل {n} دقيقة</translation>
        </message>
        <message>
            <source>{stem}  (missing)
{parent}</source>
            <translation>{stem}  (مفقود)
{parent}</translation>
        </message>
    </context>
    <context>
        <name>Toolbar</name>
        <message>
            <source>+1 Vote</source>
            <translation>+1 صوت</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>بطاقة</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>مسار</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>خطوة</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <source>Move cards</source>
            <translation>نقل البطاقات</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Advertising</source>
            <translation>الإعلانات</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>مفترض</translation>
        </message>
        <message>
            <source>Awful</source>
            <translation>سيئ جدًا</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>خلف الكواليس</translation>
        </message>
        <message>
            <source>Branch or store</source>
            <translation>الفرع أو المتجر</translation>
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
            <translation>الإلغاء</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>بطاقة</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>القنوات</translation>
        </message>
        <message>
            <source>Complaint or return</source>
            <translation>شكوى أو إرجاع</translation>
        </message>
        <message>
            <source>Content offered</source>
            <translation>المحتوى المقدَّم</translation>
        </message>
        <message>
            <source>Contract renewal</source>
            <translation>تجديد العقد</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>الحالة الراهنة</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>إجراءات العميل</translation>
        </message>
        <message>
            <source>Day in the life</source>
            <translation>يوم في الحياة</translation>
        </message>
        <message>
            <source>Delighted</source>
            <translation>مسرور جدًا</translation>
        </message>
        <message>
            <source>Edited on both sides</source>
            <translation>عُدّل في الطرفين</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>منحنى المشاعر</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>المشاعر</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>الواجهة الأمامية</translation>
        </message>
        <message>
            <source>Future state</source>
            <translation>الحالة المستقبلية</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>جيد</translation>
        </message>
        <message>
            <source>Ideas / solutions</source>
            <translation>أفكار / حلول</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>الصور</translation>
        </message>
        <message>
            <source>KPIs / metrics</source>
            <translation>مؤشرات الأداء / المقاييس</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>مسار</translation>
        </message>
        <message>
            <source>Line of interaction</source>
            <translation>خط التفاعل</translation>
        </message>
        <message>
            <source>Line of internal interaction</source>
            <translation>خط التفاعل الداخلي</translation>
        </message>
        <message>
            <source>Line of visibility</source>
            <translation>خط الرؤية</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>الخريطة</translation>
        </message>
        <message>
            <source>Marketing content</source>
            <translation>المحتوى التسويقي</translation>
        </message>
        <message>
            <source>Mobile app</source>
            <translation>تطبيق الجوال</translation>
        </message>
        <message>
            <source>Moved to different places</source>
            <translation>نُقل إلى أماكن مختلفة</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>سلبي</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>محايد</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>مُلاحَظ</translation>
        </message>
        <message>
            <source>Okay</source>
            <translation>مقبول</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>الفرص</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>نقاط الألم</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>الشخصية</translation>
        </message>
        <message>
            <source>Phone helpline</source>
            <translation>خط المساعدة الهاتفي</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>الأدلة المادية</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>ضعيف</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>إيجابي</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>مقترَح</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>الشراء</translation>
        </message>
        <message>
            <source>Query about a product</source>
            <translation>استفسار عن منتج</translation>
        </message>
        <message>
            <source>Removed on one side, changed on the other</source>
            <translation>أُزيل في طرف وعُدّل في الآخر</translation>
        </message>
        <message>
            <source>Sales staff</source>
            <translation>موظفو المبيعات</translation>
        </message>
        <message>
            <source>Service blueprint</source>
            <translation>مخطط الخدمة</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>وسائل التواصل الاجتماعي</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>مرحلة</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>خطوة</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>عمليات الدعم</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>نص</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>رسالة نصية</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>الخواطر</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>نقاط الاتصال</translation>
        </message>
        <message>
            <source>Very negative</source>
            <translation>سلبي جدًا</translation>
        </message>
        <message>
            <source>Very positive</source>
            <translation>إيجابي جدًا</translation>
        </message>
        <message>
            <source>Webchat</source>
            <translation>الدردشة عبر الويب</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>الموقع الإلكتروني</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>الترحيب</translation>
        </message>
        <message>
            <source>Word of mouth</source>
            <translation>التوصية الشفهية</translation>
        </message>
    </context>
    <context>
        <name>WindowDesktop</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> و%n غيرها</numerusform>
                <numerusform> وواحد آخر</numerusform>
                <numerusform> واثنان آخران</numerusform>
                <numerusform> و%n أخرى</numerusform>
                <numerusform> و%n أخرى</numerusform>
                <numerusform> و%n أخرى</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a journey map</source>
            <translation>ليست خريطة رحلة</translation>
        </message>
        <message>
            <source>{names} is neither a journey map (.cjm) nor a card list (.csv, .xlsx), so cjdesigner cannot open it.</source>
            <translation>{names} ليس خريطة رحلة (‎.cjm) ولا قائمة بطاقات (‎.csv، ‎.xlsx)، لذا لا يستطيع cjdesigner فتحه.</translation>
        </message>
        <message>
            <source>{names}{more} are neither journey maps (.cjm) nor card lists (.csv, .xlsx), so cjdesigner cannot open them.</source>
            <translation>{names}{more} ليست خرائط رحلة (‎.cjm) ولا قوائم بطاقات (‎.csv، ‎.xlsx)، لذا لا يستطيع cjdesigner فتحها.</translation>
        </message>
    </context>
    <context>
        <name>WindowEdit</name>
        <message>
            <source>A card needs a cell: add a stage with a step and a lane first</source>
            <translation>تحتاج البطاقة إلى خلية: أضف أولًا مرحلة فيها خطوة، ومسارًا</translation>
        </message>
        <message>
            <source>Add vote</source>
            <translation>إضافة صوت</translation>
        </message>
        <message>
            <source>Curve {number}</source>
            <translation>المنحنى {number}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>المتوقَّع</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>مسار جديد</translation>
        </message>
        <message>
            <source>Remove vote</source>
            <translation>إزالة صوت</translation>
        </message>
        <message>
            <source>Select the cards to vote for</source>
            <translation>حدد البطاقات التي تريد التصويت لها</translation>
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <source>
… and {count} more</source>
            <translation>
… و{count} أخرى</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>تعذر التصدير</translation>
        </message>
        <message>
            <source>Could not import the file</source>
            <translation>تعذر استيراد الملف</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>تعذر فتح الخريطة</translation>
        </message>
        <message>
            <source>Could not restore</source>
            <translation>تعذرت الاستعادة</translation>
        </message>
        <message>
            <source>Could not revert</source>
            <translation>تعذرت العودة</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>تعذر الحفظ</translation>
        </message>
        <message>
            <source>Could not use template</source>
            <translation>تعذر استخدام القالب</translation>
        </message>
        <message>
            <source>Delete the recovered copy of “{title}”? This cannot be undone.</source>
            <translation>هل تريد حذف النسخة المستردة من «{title}»؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Discard recovered map</source>
            <translation>تجاهل الخريطة المستردة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Drop all unsaved changes to “{display_name}” and reload it from disk?</source>
            <translation>هل تريد التخلي عن كل التغييرات غير المحفوظة في «{display_name}» وإعادة تحميلها من القرص؟</translation>
        </message>
        <message>
            <source>Export as {label}</source>
            <translation>تصدير بتنسيق {label}</translation>
        </message>
        <message>
            <source>Export not available</source>
            <translation>التصدير غير متاح</translation>
        </message>
        <message>
            <source>Export of {name} stopped; nothing written</source>
            <translation>أُوقف تصدير {name}؛ لم يُكتب شيء</translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>صُدّر مع تحذيرات</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>صُدّر {name}</translation>
        </message>
        <message>
            <source>Exporting {name}</source>
            <translation>جارٍ تصدير {name}</translation>
        </message>
        <message>
            <source>Import cards from CSV or Excel</source>
            <translation>استيراد البطاقات من CSV أو Excel</translation>
        </message>
        <message>
            <source>Import of {name} stopped; nothing imported</source>
            <translation>أُوقف استيراد {name}؛ لم يُستورد شيء</translation>
        </message>
        <message>
            <source>Import warnings</source>
            <translation>تحذيرات الاستيراد</translation>
        </message>
        <message numerus="yes">
            <source>Imported with %n warning(s).</source>
            <translation>
                <numerusform>استُورد دون تحذيرات.</numerusform>
                <numerusform>استُورد مع تحذير واحد.</numerusform>
                <numerusform>استُورد مع تحذيرين.</numerusform>
                <numerusform>استُورد مع %n تحذيرات.</numerusform>
                <numerusform>استُورد مع %n تحذيرًا.</numerusform>
                <numerusform>استُورد مع %n تحذير.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>جارٍ استيراد {name}</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>لاحقًا</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>فتح خريطة</translation>
        </message>
        <message>
            <source>Opened {display_name}</source>
            <translation>فُتحت {display_name}</translation>
        </message>
        <message>
            <source>Opening {name}</source>
            <translation>جارٍ فتح {name}</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <source>Restore recovered map</source>
            <translation>استعادة الخريطة المستردة</translation>
        </message>
        <message>
            <source>Restored {display_name} — save it to keep it</source>
            <translation>استُعيدت {display_name} — احفظها للإبقاء عليها</translation>
        </message>
        <message>
            <source>Restoring {title}</source>
            <translation>جارٍ استعادة {title}</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>عودة</translation>
        </message>
        <message>
            <source>Revert to saved</source>
            <translation>العودة إلى المحفوظ</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>حفظ الخريطة باسم</translation>
        </message>
        <message>
            <source>Save map as ({name} is read-only)</source>
            <translation>حفظ الخريطة باسم ({name} للقراءة فقط)</translation>
        </message>
        <message>
            <source>Save of {name} stopped; nothing written</source>
            <translation>أُوقف حفظ {name}؛ لم يُكتب شيء</translation>
        </message>
        <message>
            <source>Saved {display_name}</source>
            <translation>حُفظت {display_name}</translation>
        </message>
        <message>
            <source>Saving {name}</source>
            <translation>جارٍ حفظ {name}</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>Stopped opening {name}</source>
            <translation>أُوقف فتح {name}</translation>
        </message>
        <message>
            <source>Stopped restoring {title}; the copy is kept</source>
            <translation>أُوقفت استعادة {title}؛ النسخة محفوظة</translation>
        </message>
        <message numerus="yes">
            <source>cjdesigner kept %n map(s) with unsaved changes from the last session.</source>
            <translation>
                <numerusform>لم يحتفظ cjdesigner بأي خرائط من الجلسة الماضية.</numerusform>
                <numerusform>احتفظ cjdesigner بخريطة واحدة فيها تغييرات غير محفوظة من الجلسة الماضية.</numerusform>
                <numerusform>احتفظ cjdesigner بخريطتين فيهما تغييرات غير محفوظة من الجلسة الماضية.</numerusform>
                <numerusform>احتفظ cjdesigner بـ%n خرائط فيها تغييرات غير محفوظة من الجلسة الماضية.</numerusform>
                <numerusform>احتفظ cjdesigner بـ%n خريطة فيها تغييرات غير محفوظة من الجلسة الماضية.</numerusform>
                <numerusform>احتفظ cjdesigner بـ%n خريطة فيها تغييرات غير محفوظة من الجلسة الماضية.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file_filter};;All files (*)</source>
            <translation>{file_filter};;كل الملفات (*)</translation>
        </message>
        <message>
            <source>“{display_name}” is open with unsaved changes. Replace them with the recovered copy?</source>
            <translation>«{display_name}» مفتوحة وفيها تغييرات غير محفوظة. هل تستبدل بها النسخة المستردة؟</translation>
        </message>
    </context>
    <context>
        <name>WindowPrint</name>
        <message>
            <source> mm</source>
            <translation> مم</translation>
        </message>
        <message>
            <source>Could not print</source>
            <translation>تعذرت الطباعة</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>التداخل</translation>
        </message>
        <message>
            <source>Page setup saved</source>
            <translation>حُفظ إعداد الصفحة</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>الملصق</translation>
        </message>
        <message>
            <source>Poster size</source>
            <translation>حجم الملصق</translation>
        </message>
        <message>
            <source>Print poster</source>
            <translation>طباعة الملصق</translation>
        </message>
        <message>
            <source>Print poster on several sheets</source>
            <translation>طباعة الملصق على عدة أوراق</translation>
        </message>
        <message>
            <source>Printed with warnings</source>
            <translation>طُبع مع تحذيرات</translation>
        </message>
        <message>
            <source>Printing stopped; nothing was sent to the printer</source>
            <translation>أُوقفت الطباعة؛ لم يُرسل شيء إلى الطابعة</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to {printer}</source>
            <translation>
                <numerusform>لم تُرسل أي صفحة إلى {printer}</numerusform>
                <numerusform>أُرسلت صفحة واحدة إلى {printer}</numerusform>
                <numerusform>أُرسلت صفحتان إلى {printer}</numerusform>
                <numerusform>أُرسلت %n صفحات إلى {printer}</numerusform>
                <numerusform>أُرسلت %n صفحة إلى {printer}</numerusform>
                <numerusform>أُرسلت %n صفحة إلى {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The poster is split across the printer’s sheets, with cut and glue marks and an assembly guide first, as in a tiled PDF.</source>
            <translation>يُقسَّم الملصق على أوراق الطابعة مع علامات القص واللصق ودليل تجميع في البداية، كما في ملف PDF مجزأ.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>الطابعة</translation>
        </message>
    </context>
    <context>
        <name>WindowRoom</name>
        <message>
            <source>&amp;Follow the Presenter</source>
            <translation>&amp;متابعة مقدّم العرض</translation>
        </message>
        <message>
            <source>&amp;Host Again (the host is gone)</source>
            <translation>ال&amp;استضافة من جديد (غاب المضيف)</translation>
        </message>
        <message>
            <source>&amp;Join Session…</source>
            <translation>الان&amp;ضمام إلى جلسة…</translation>
        </message>
        <message>
            <source>&amp;Leave or Stop Session</source>
            <translation>م&amp;غادرة الجلسة أو إيقافها</translation>
        </message>
        <message>
            <source>&amp;Present to Others</source>
            <translation>ال&amp;عرض للآخرين</translation>
        </message>
        <message>
            <source>&amp;Share</source>
            <translation>م&amp;شاركة</translation>
        </message>
        <message>
            <source>&amp;Start Session…</source>
            <translation>&amp;بدء جلسة…</translation>
        </message>
        <message>
            <source>A relay's address starts with ws:// or wss://</source>
            <translation>يبدأ عنوان خادم الترحيل بـ ws://‎ أو wss://‎</translation>
        </message>
        <message>
            <source>Address of a y-websocket server and room (ws://relay.example:1234/map):</source>
            <translation>عنوان خادم y-websocket والغرفة (ws://relay.example:1234/map):</translation>
        </message>
        <message>
            <source>Cannot start the session: {value}</source>
            <translation>يتعذر بدء الجلسة: {value}</translation>
        </message>
        <message>
            <source>Meet on a &amp;Relay Server…</source>
            <translation>الالتقاء على &amp;خادم ترحيل…</translation>
        </message>
        <message>
            <source>Meet on a Relay Server</source>
            <translation>الالتقاء على خادم ترحيل</translation>
        </message>
        <message>
            <source>Session running here now: code {code}</source>
            <translation>الجلسة تعمل هنا الآن: الرمز {code}</translation>
        </message>
        <message>
            <source>Session running: code {code}</source>
            <translation>الجلسة قيد التشغيل: الرمز {code}</translation>
        </message>
        <message>
            <source>Session: connected</source>
            <translation>الجلسة: متصلة</translation>
        </message>
        <message>
            <source>Session: joining again at its new address; what you edited meanwhile merges</source>
            <translation>الجلسة: الانضمام من جديد على عنوانها الجديد؛ تُدمج التعديلات التي أجريتها في الأثناء</translation>
        </message>
        <message>
            <source>Session: the host cannot be reached; you keep working, and your edits merge when it is back (or Share › Host Again)</source>
            <translation>الجلسة: يتعذر الوصول إلى المضيف؛ تواصل العمل وتُدمج تعديلاتك عند عودته (أو مشاركة › الاستضافة من جديد)</translation>
        </message>
        <message>
            <source>Show Session &amp;Code…</source>
            <translation>عرض &amp;رمز الجلسة…</translation>
        </message>
        <message>
            <source>The session does not answer yet; still trying…</source>
            <translation>لا تجيب الجلسة بعد؛ ما زلنا نحاول…</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Timer {time}</source>
            <translation>المؤقت {time}</translation>
        </message>
        <message>
            <source>Time’s up</source>
            <translation>انتهى الوقت</translation>
        </message>
        <message>
            <source>Workshop timer (View ▸ Workshop Timer)</source>
            <translation>مؤقت الورشة (عرض ▸ مؤقت الورشة)</translation>
        </message>
    </context>
</TS>
