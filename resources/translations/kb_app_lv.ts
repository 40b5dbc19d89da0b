<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="17" />
            <source>About</source>
            <translation>Par programmu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="20" />
            <source>App version</source>
            <translation>Programmas versija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="21" />
            <source>Content pack</source>
            <translation>Satura pakotne</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="21" />
            <source>none installed</source>
            <translation>nav instalēta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="22" />
            <source>Content version</source>
            <translation>Satura versija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="23" />
            <source>Built</source>
            <translation>Sagatavota</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="25" />
            <source>Profile folder</source>
            <translation>Profila mape</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="27" />
            <source>An offline knowledge base for social workers who meet possible victims of human trafficking. It works without an internet connection.</source>
            <translation>Bezsaistes zināšanu bāze sociālajiem darbiniekiem, kuri satiek iespējamos cilvēku tirdzniecības upurus. Tā darbojas bez interneta savienojuma.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="35" />
            <source>About this app</source>
            <translation>Par šo programmu</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Prepare a workshop…</source>
            <translation>&amp;Sagatavot darbnīcu…</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>Se&amp;minārs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="30" />
            <source>&amp;Import content pack…</source>
            <translation>Importēt satura pa&amp;kotni…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="31" />
            <source>&amp;Print…</source>
            <translation>&amp;Drukāt…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="32" />
            <source>Export as P&amp;DF…</source>
            <translation>Eksportēt kā &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="33" />
            <source>&amp;Back up my notes…</source>
            <translation>Izveidot piezīmju &amp;rezerves kopiju…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="34" />
            <source>&amp;Restore notes from a backup…</source>
            <translation>Atjau&amp;not piezīmes no rezerves kopijas…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="35" />
            <source>What &amp;changed in the library</source>
            <translation>Kas &amp;mainījies bibliotēkā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="37" />
            <source>&amp;Quit</source>
            <translation>&amp;Iziet</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="38" />
            <source>&amp;Search</source>
            <translation>&amp;Meklēt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="39" />
            <source>&amp;Back</source>
            <translation>At&amp;pakaļ</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="41" />
            <source>&amp;My municipality</source>
            <translation>Mana paš&amp;valdība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="42" />
            <source>&amp;Library</source>
            <translation>&amp;Bibliotēka</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="44" />
            <source>&amp;Recently viewed</source>
            <translation>&amp;Nesen skatītie</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="46" />
            <source>&amp;Contacts</source>
            <translation>&amp;Kontakti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="47" />
            <source>Indicator chec&amp;klist</source>
            <translation>Pazīmju kon&amp;trolsaraksts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="48" />
            <source>&amp;Workshop mode</source>
            <translation>Semināra &amp;režīms</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="50" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Palielināt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="51" />
            <source>Zoom &amp;out</source>
            <translation>Sa&amp;mazināt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="52" />
            <source>&amp;Normal size</source>
            <translation>Parastais i&amp;zmērs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="53" />
            <source>Show &amp;library panel</source>
            <translation>Rādīt &amp;bibliotēkas paneli</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="57" />
            <source>&amp;Full screen</source>
            <translation>Pilnekrāna &amp;režīms</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="58" />
            <source>&amp;New note</source>
            <translation>&amp;Jauna piezīme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="60" />
            <source>&amp;Delete note</source>
            <translation>&amp;Dzēst piezīmi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="61" />
            <source>&amp;Undo</source>
            <translation>&amp;Atsaukt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="62" />
            <source>&amp;Redo</source>
            <translation>Atkā&amp;rtot</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="63" />
            <source>&amp;Export notes…</source>
            <translation>&amp;Eksportēt piezīmes…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="64" />
            <source>&amp;Import notes…</source>
            <translation>&amp;Importēt piezīmes…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="66" />
            <source>Report a &amp;problem with this page…</source>
            <translation>Ziņot par &amp;problēmu šajā lapā…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="68" />
            <source>Choose my &amp;municipality…</source>
            <translation>Izvēlēties &amp;savu pašvaldību…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="69" />
            <source>&amp;Settings…</source>
            <translation>&amp;Iestatījumi…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="70" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastatūras īsinājumtaustiņi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="71" />
            <source>&amp;About</source>
            <translation>&amp;Par programmu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="74" />
            <source>&amp;File</source>
            <translation>&amp;Fails</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="74" />
            <source>&amp;Go</source>
            <translation>&amp;Pāriet</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="75" />
            <source>&amp;View</source>
            <translation>&amp;Skats</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="75" />
            <source>&amp;Notes</source>
            <translation>Piez&amp;īmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="76" />
            <source>&amp;Tools</source>
            <translation>&amp;Rīki</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="76" />
            <source>&amp;Help</source>
            <translation>Pa&amp;līdzība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="40" />
            <source>&amp;Find in page</source>
            <translation>Meklēt &amp;lapā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="41" />
            <source>Find ne&amp;xt</source>
            <translation>Nāk&amp;amais atradums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="42" />
            <source>Find pre&amp;vious</source>
            <translation>&amp;Iepriekšējais atradums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="44" />
            <source>Page c&amp;ontents</source>
            <translation>Lapas &amp;saturs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="40" />
            <source>Forwar&amp;d</source>
            <translation>&amp;Uz priekšu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="43" />
            <source>Bookm&amp;arks</source>
            <translation>&amp;Grāmatzīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="45" />
            <source>Document &amp;text</source>
            <translation>&amp;Dokumenta teksts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="49" />
            <source>Bookmark t&amp;his page</source>
            <translation>Pi&amp;evienot grāmatzīmi šai lapai</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="55" />
            <source>Show no&amp;tes panel</source>
            <translation>Rādīt piezīmju pa&amp;neli</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="59" />
            <source>Go to n&amp;otes</source>
            <translation>Pāriet uz &amp;piezīmēm</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="65" />
            <source>Notes &amp;without a document…</source>
            <translation>Piezīmes &amp;bez dokumenta…</translation>
        </message>
        <message>
            <source>&amp;Undo last import…</source>
            <translation>&amp;Atsaukt pēdējo importu…</translation>
        </message>
        <message>
            <source>Open the folder of the last &amp;saved file</source>
            <translation>Atvērt pēdējā &amp;saglabātā faila mapi</translation>
        </message>
        <message>
            <source>Next &amp;panel</source>
            <translation>Nā&amp;kamais panelis</translation>
        </message>
        <message>
            <source>P&amp;revious panel</source>
            <translation>&amp;Iepriekšējais panelis</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="24" />
            <source>Back up my notes</source>
            <translation>Piezīmju rezerves kopija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="26" />
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="44" />
            <source>Notes backups (*.db)</source>
            <translation>Piezīmju rezerves kopijas (*.db)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="32" />
            <source>Backup failed</source>
            <translation>Rezerves kopiju neizdevās izveidot</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="34" />
            <source>Notes backed up to {0}</source>
            <translation>Piezīmju rezerves kopija saglabāta: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="42" />
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="48" />
            <source>Restore notes</source>
            <translation>Atjaunot piezīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="49" />
            <source>Replace all your current notes, bookmarks and history with the backup {0}?

A safety copy of the current notes is kept in the backups folder.</source>
            <translation>Aizstāt visas pašreizējās piezīmes, grāmatzīmes un vēsturi ar rezerves kopiju {0}?

Pašreizējo piezīmju drošības kopija paliek rezerves kopiju mapē.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="59" />
            <source>Restore failed</source>
            <translation>Atjaunot neizdevās</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="63" />
            <source>Notes restored. The previous notes were kept as {0}</source>
            <translation>Piezīmes atjaunotas. Iepriekšējās piezīmes saglabātas kā {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="79" />
            <source>The backup {0} could not be written. Is the disk full or the folder read-only?</source>
            <translation>Rezerves kopiju {0} neizdevās ierakstīt. Vai disks nav pilns vai mape — tikai lasāma?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="81" />
            <source>{0} is the notes database in use. Choose a backup file instead.</source>
            <translation>{0} ir pašlaik lietotā piezīmju datubāze. Izvēlieties rezerves kopijas failu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="83" />
            <source>{0} could not be restored. Your current notes are unchanged.</source>
            <translation>{0} neizdevās atjaunot. Jūsu pašreizējās piezīmes nav mainītas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="85" />
            <source>{0} does not exist.</source>
            <translation>{0} nepastāv.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="86" />
            <source>{0} is damaged and cannot be restored.</source>
            <translation>{0} ir bojāts, un to nevar atjaunot.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="87" />
            <source>{0} is not a backup of this app's notes.</source>
            <translation>{0} nav šīs lietotnes piezīmju rezerves kopija.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="88" />
            <source>{0} was made by a newer version of the app. Update the app first.</source>
            <translation>{0} ir izveidots ar jaunāku lietotnes versiju. Vispirms atjauniniet lietotni.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="85" />
            <source>The notes could not be saved: the profile folder is read-only (a write-protected disk or no permission). Reading and searching still work.</source>
            <translation>Piezīmes neizdevās saglabāt: profila mape ir tikai lasāma (disks aizsargāts pret rakstīšanu vai nav atļaujas). Lasīt un meklēt joprojām var.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="88" />
            <source>The notes could not be saved: the disk is full. Free some space; reading and searching still work.</source>
            <translation>Piezīmes neizdevās saglabāt: disks ir pilns. Atbrīvojiet vietu; lasīt un meklēt joprojām var.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="91" />
            <source>The notes could not be saved: the disk refused the write. Reading and searching still work.</source>
            <translation>Piezīmes neizdevās saglabāt: disks atteica ierakstīšanu. Lasīt un meklēt joprojām var.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="93" />
            <source>Nothing can be changed in the profile {0}: it is read-only (a write-protected disk or no permission). Reading and searching still work.</source>
            <translation>Profilā {0} neko nevar mainīt: tas ir tikai lasāms (disks aizsargāts pret rakstīšanu vai nav atļaujas). Lasīt un meklēt joprojām var.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="96" />
            <source>Nothing can be changed in the profile {0}: the disk is full. Reading and searching still work.</source>
            <translation>Profilā {0} neko nevar mainīt: disks ir pilns. Lasīt un meklēt joprojām var.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="98" />
            <source>Nothing can be changed in the profile {0}: the disk refused the write. Reading and searching still work.</source>
            <translation>Profilā {0} neko nevar mainīt: disks atteica ierakstīšanu. Lasīt un meklēt joprojām var.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="1" />
            <source>{0} is not a backup this app made: its structure differs from this app's own. Your current notes are unchanged.</source>
            <translation>{0} nav šīs programmas veidota rezerves kopija: tās uzbūve atšķiras no programmas pašas. Jūsu pašreizējās piezīmes nav mainītas.</translation>
        </message>
    </context>
    <context>
        <name>Boot</name>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="67" />
            <source>Preparing the library</source>
            <translation>Bibliotēka tiek sagatavota</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="68" />
            <source>Installing the library that comes with the app…</source>
            <translation>Instalē programmai pievienoto bibliotēku…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="69" />
            <source>Opening the content pack…</source>
            <translation>Atver satura pakotni…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="84" />
            <source>Installing the library was cancelled. The app needs a library to work; start it again to install it.</source>
            <translation>Bibliotēkas instalēšana atcelta. Programmai darbam vajadzīga bibliotēka; palaidiet to vēlreiz, lai bibliotēku instalētu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="102" />
            <source>The library cannot be opened</source>
            <translation>Bibliotēku nevar atvērt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="141" />
            <source>Automatic backup of notes failed: {0}</source>
            <translation>Automātiskā piezīmju rezerves kopija neizdevās: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="1" />
            <source>The library that came with this version of the app could not be installed: {0}</source>
            <translation>Bibliotēku, kas nāca līdzi šai lietotnes versijai, neizdevās uzstādīt: {0}</translation>
        </message>
    </context>
    <context>
        <name>Changes</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="32" />
            <source>Title</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="33" />
            <source>Type</source>
            <translation>Veids</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="34" />
            <source>Language</source>
            <translation>Valoda</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="35" />
            <source>Summary</source>
            <translation>Kopsavilkums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="36" />
            <source>Tags</source>
            <translation>Birkas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="37" />
            <source>Municipality</source>
            <translation>Pašvaldība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="38" />
            <source>Updated</source>
            <translation>Atjaunināts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="39" />
            <source>Sources</source>
            <translation>Avoti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="40" />
            <source>Related</source>
            <translation>Saistītie dokumenti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="41" />
            <source>Translation</source>
            <translation>Tulkojums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="42" />
            <source>Text</source>
            <translation>Teksts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="43" />
            <source>Phone numbers</source>
            <translation>Tālruņa numuri</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="44" />
            <source>E-mail addresses</source>
            <translation>E-pasta adreses</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="45" />
            <source>Address</source>
            <translation>Adrese</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="46" />
            <source>Addresses</source>
            <translation>Adreses</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="47" />
            <source>Website</source>
            <translation>Tīmekļa vietne</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="48" />
            <source>Opening hours</source>
            <translation>Darba laiks</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="49" />
            <source>Services</source>
            <translation>Pakalpojumi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="50" />
            <source>Region</source>
            <translation>Reģions</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="51" />
            <source>Checked on</source>
            <translation>Pārbaudīts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="52" />
            <source>Source</source>
            <translation>Avots</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="53" />
            <source>Category</source>
            <translation>Kategorija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="54" />
            <source>Area</source>
            <translation>Joma</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="55" />
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="62" />
            <source>Indicators</source>
            <translation>Pazīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="56" />
            <source>Next steps</source>
            <translation>Ko darīt tālāk</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="57" />
            <source>Contacts</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="58" />
            <source>Questions</source>
            <translation>Jautājumi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="59" />
            <source>Roles</source>
            <translation>Lomas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="60" />
            <source>Solution</source>
            <translation>Risinājums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="61" />
            <source>Duration (minutes)</source>
            <translation>Ilgums (minūtēs)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="111" />
            <source>Library installed</source>
            <translation>Bibliotēka instalēta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="114" />
            <source>Content updated</source>
            <translation>Saturs atjaunināts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="118" />
            <source>No documents were added, removed or changed.</source>
            <translation>Neviens dokuments nav pievienots, izņemts vai mainīts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="129" />
            <source>Check these before you give a number or an address to anyone.</source>
            <translation>Pārbaudiet šos datus, pirms kādam dodat tālruņa numuru vai adresi.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="143" />
            <source>Changed contact details</source>
            <translation>Mainīti kontaktinformācijas dati</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="144" />
            <source>Changed</source>
            <translation>Mainīti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="145" />
            <source>Added</source>
            <translation>Pievienoti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="146" />
            <source>Removed</source>
            <translation>Izņemti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="181" />
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="184" />
            <source>What changed</source>
            <translation>Kas mainījies</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="185" />
            <source>There is no record of changes for the library in use.</source>
            <translation>Par izmantoto bibliotēku nav saglabātu izmaiņu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="26" />
            <source>{0}: %n document(s).</source>
            <translation>
                <numerusform>{0}: %n dokuments.</numerusform>
                <numerusform>{0}: %n dokumenti.</numerusform>
                <numerusform>{0}: %n dokumentu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="61" />
            <source>Help lines</source>
            <translation>Palīdzības tālruņi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="1" />
            <source>The library is replaced by another one</source>
            <translation>Bibliotēka ir aizstāta ar citu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/doc_type_names.py" line="1" />
            <source>Notes for trainers</source>
            <translation>Piezīmes apmācītājiem</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/doc_type_names.py" line="1" />
            <source>Contact details</source>
            <translation>Kontaktinformācija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/doc_type_names.py" line="1" />
            <source>When there is no phone number</source>
            <translation>Ja tālruņa numura nav</translation>
        </message>
    </context>
    <context>
        <name>ChangesDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="153" />
            <source>What changed in the library</source>
            <translation>Kas mainījies bibliotēkā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="156" />
            <source>Changes</source>
            <translation>Izmaiņas</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="45" />
            <source>Indicator checklist</source>
            <translation>Pazīmju kontrolsaraksts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="54" />
            <source>Indicator set</source>
            <translation>Pazīmju kopa</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="58" />
            <source>Indicators</source>
            <translation>Pazīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="64" />
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="201" />
            <source>Other observations</source>
            <translation>Citi novērojumi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="65" />
            <source>Other observations (optional; no names or other personal data)</source>
            <translation>Citi novērojumi (nav obligāti; bez vārdiem un citiem personas datiem)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="71" />
            <source>Summary</source>
            <translation>Kopsavilkums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="74" />
            <source>C&amp;lear</source>
            <translation>&amp;Notīrīt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="75" />
            <source>Clear all ticks</source>
            <translation>Noņemt visas atzīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="77" />
            <source>&amp;Print…</source>
            <translation>Dru&amp;kāt…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="77" />
            <source>Print the summary</source>
            <translation>Drukāt kopsavilkumu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="79" />
            <source>P&amp;DF…</source>
            <translation>P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="79" />
            <source>Save the summary as PDF</source>
            <translation>Saglabāt kopsavilkumu kā PDF</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="146" />
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="200" />
            <source>strong sign</source>
            <translation>būtiska pazīme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="162" />
            <source>How to ask: {0}</source>
            <translation>Kā pajautāt: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="192" />
            <source>Summary of observed indicators</source>
            <translation>Novēroto pazīmju kopsavilkums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="194" />
            <source>This summary deliberately has no name or other personal data of the client.</source>
            <translation>Šajā kopsavilkumā apzināti nav klienta vārda vai citu personas datu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="195" />
            <source>No indicators ticked yet.</source>
            <translation>Vēl nav atzīmēta neviena pazīme.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="196" />
            <source>%n indicator(s) observed</source>
            <translation>
                <numerusform>%n novērota pazīme</numerusform>
                <numerusform>%n novērotas pazīmes</numerusform>
                <numerusform>%n novērotu pazīmju</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="197" />
            <source>%n group(s) present</source>
            <translation>
                <numerusform>%n pazīmju grupa</numerusform>
                <numerusform>%n pazīmju grupas</numerusform>
                <numerusform>%n pazīmju grupu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="197" />
            <source>of {0}</source>
            <translation>no {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="198" />
            <source>%n strong sign(s) observed: act on the next steps now.</source>
            <translation>
                <numerusform>Novērota %n būtiska pazīme: rīkojieties tūlīt, sekojot nākamajiem soļiem.</numerusform>
                <numerusform>Novērotas %n būtiskas pazīmes: rīkojieties tūlīt, sekojot nākamajiem soļiem.</numerusform>
                <numerusform>Novērots %n būtisku pazīmju.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="200" />
            <source>Groups of indicators present</source>
            <translation>Konstatētās pazīmju grupas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="201" />
            <source>Next steps</source>
            <translation>Ko darīt tālāk</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="202" />
            <source>Contacts to call</source>
            <translation>Kam zvanīt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="212" />
            <source>Indicator summary</source>
            <translation>Pazīmju kopsavilkums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="78" />
            <source>Print the referral sheet</source>
            <translation>Drukāt nosūtījuma lapu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="80" />
            <source>Save the referral sheet as PDF</source>
            <translation>Saglabāt nosūtījuma lapu kā PDF</translation>
        </message>
        <message>
            <source>Undo clear</source>
            <translation>Atsaukt notīrīšanu</translation>
        </message>
        <message>
            <source>Bring back the ticks and observations Clear removed (Ctrl+Z)</source>
            <translation>Atjaunot atzīmes un novērojumus, ko notīrīja (Ctrl+Z)</translation>
        </message>
        <message numerus="yes">
            <source>An unfinished case was brought back: %n indicator(s) ticked.</source>
            <translation>
                <numerusform>Atjaunots nepabeigts gadījums: atzīmēta %n pazīme.</numerusform>
                <numerusform>Atjaunots nepabeigts gadījums: atzīmētas %n pazīmes.</numerusform>
                <numerusform>Atjaunots nepabeigts gadījums: %n atzīmētu pazīmju.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cleared %n tick(s) in every set and the observations. Undo: Ctrl+Z.</source>
            <translation>
                <numerusform>Notīrīta %n atzīme visos sarakstos un novērojumi. Atsaukt: Ctrl+Z.</numerusform>
                <numerusform>Notīrītas %n atzīmes visos sarakstos un novērojumi. Atsaukt: Ctrl+Z.</numerusform>
                <numerusform>Notīrīts %n atzīmju visos sarakstos un novērojumi. Atsaukt: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The case is back: %n indicator(s) ticked.</source>
            <translation>
                <numerusform>Gadījums atjaunots: atzīmēta %n pazīme.</numerusform>
                <numerusform>Gadījums atjaunots: atzīmētas %n pazīmes.</numerusform>
                <numerusform>Gadījums atjaunots: %n atzīmētu pazīmju.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>C&amp;lear all (%n)</source>
            <translation>
                <numerusform>No&amp;tīrīt visu (%n)</numerusform>
                <numerusform>No&amp;tīrīt visu (%n)</numerusform>
                <numerusform>No&amp;tīrīt visu (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n sarakstā</numerusform>
                <numerusform>%n sarakstos</numerusform>
                <numerusform>%n sarakstos</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick what you observed, in as many sets as the case needs. The ticks stay until you clear them or quit (a recovery copy in your profile keeps them through a crash); the summary has no place for a name.</source>
            <translation>Atzīmējiet novēroto — tik sarakstos, cik gadījumam vajag. Atzīmes paliek, līdz tās notīrāt vai aizverat programmu (atkopšanas kopija profilā tās saglabā arī avārijas gadījumā); kopsavilkumā nav vietas vārdam.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="1" />
            <source>Indicator set:</source>
            <translation>Pazīmju kopa:</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="99" />
            <source>Name</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="99" />
            <source>Category</source>
            <translation>Kategorija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="99" />
            <source>Phone</source>
            <translation>Tālrunis</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="99" />
            <source>E-mail</source>
            <translation>E-pasts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="100" />
            <source>Area</source>
            <translation>Teritorija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="100" />
            <source>Source / check</source>
            <translation>Avots / pārbaude</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="113" />
            <source>The oldest detail has no source date or one more than 12 months old, and no real check since: confirm it before relying on it.</source>
            <translation>Vecākajai ziņai nav avota datuma vai tas ir senāks par 12 mēnešiem, un kopš tā nav reālas pārbaudes: pirms paļaujaties, pārbaudiet.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="137" />
            <source>no number</source>
            <translation>nav numura</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="137" />
            <source>no public number</source>
            <translation>nav publiska numura</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="145" />
            <source>checked {0}</source>
            <translation>pārbaudīts {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="147" />
            <source>source undated</source>
            <translation>avots bez datuma</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="148" />
            <source>source {0}</source>
            <translation>avots {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="153" />
            <source>the source is undated</source>
            <translation>avotam nav datuma</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="155" />
            <source>source dated {0}</source>
            <translation>avots: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="157" />
            <source>checked {0} ({1})</source>
            <translation>pārbaudīts {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="159" />
            <source>not checked since</source>
            <translation>kopš tā nav pārbaudīts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="118" />
            <source>Click to copy</source>
            <translation>Noklikšķiniet, lai nokopētu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="91" />
            <source>Verified</source>
            <translation>Pārbaudīts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="104" />
            <source>Checked more than 12 months ago: confirm the details before relying on them.</source>
            <translation>Pārbaudīts pirms vairāk nekā 12 mēnešiem: pirms paļaušanās pārliecinieties, ka dati ir pareizi.</translation>
        </message>
        <message>
            <source>fixed national number</source>
            <translation>pastāvīgs valsts numurs</translation>
        </message>
        <message>
            <source>a fixed national number ({0})</source>
            <translation>pastāvīgs valsts numurs ({0})</translation>
        </message>
        <message>
            <source>{0}: its source or last check is more than 12 months old: confirm it before relying on it.</source>
            <translation>{0}: avots vai pēdējā pārbaude ir vecāka par 12 mēnešiem: pirms paļaujaties, pārliecinieties.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="1" />
            <source>over 12 months ago</source>
            <translation>vecāks par 12 mēnešiem</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="213" />
            <source>Contacts</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="219" />
            <source>Which contacts</source>
            <translation>Kuri kontakti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="220" />
            <source>All contacts</source>
            <translation>Visi kontakti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="221" />
            <source>National services</source>
            <translation>Valsts mēroga dienesti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="222" />
            <source>My municipality</source>
            <translation>Mana pašvaldība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="224" />
            <source>Service</source>
            <translation>Dienests</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="226" />
            <source>Filter by name, number, area…</source>
            <translation>Atlasīt pēc nosaukuma, numura, teritorijas…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="227" />
            <source>Filter contacts</source>
            <translation>Atlasīt kontaktus</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="231" />
            <source>Contacts table</source>
            <translation>Kontaktu tabula</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="248" />
            <source>Selected contact</source>
            <translation>Izvēlētais kontakts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="250" />
            <source>&amp;Open</source>
            <translation>&amp;Atvērt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="250" />
            <source>Open the contact's page</source>
            <translation>Atvērt kontakta lapu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="255" />
            <source>&amp;All shown…</source>
            <translation>&amp;Visus redzamos…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="256" />
            <source>Export all contacts shown as vCards</source>
            <translation>Eksportēt visus redzamos kontaktus vCard formātā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="369" />
            <source>over 12 months: check it before you rely on it</source>
            <translation>vecāks par 12 mēnešiem: pirms paļaujaties, pārbaudiet</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="373" />
            <source>No public number:</source>
            <translation>Publiska numura nav:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="253" />
            <source>Export the selected contact as a vCard</source>
            <translation>Eksportēt izvēlēto kontaktu vCard formātā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="304" />
            <source>Every service</source>
            <translation>Visi dienesti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="337" />
            <source>Copied: {0}</source>
            <translation>Nokopēts: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="357" />
            <source>No contact matches the filter.</source>
            <translation>Atlasei neatbilst neviens kontakts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="377" />
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="379" />
            <source>Copy {0}</source>
            <translation>Kopēt {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="399" />
            <source>Export vCard</source>
            <translation>Eksportēt vCard</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="400" />
            <source>vCard files (*.vcf)</source>
            <translation>vCard faili (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="407" />
            <source>Could not save {0}: {1}</source>
            <translation>Neizdevās saglabāt {0}: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="409" />
            <source>Saved %n contact(s) to {0}</source>
            <translation>
                <numerusform>%n kontakts saglabāts failā {0}</numerusform>
                <numerusform>%n kontakti saglabāti failā {0}</numerusform>
                <numerusform>%n kontaktu saglabāts failā {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="340" />
            <source>Last verified {0}, more than 12 months ago: check the number before you rely on it.</source>
            <translation>Pēdējoreiz pārbaudīts {0}, pirms vairāk nekā 12 mēnešiem: pirms paļaujaties uz numuru, pārbaudiet to.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="343" />
            <source>Verified {0}</source>
            <translation>Pārbaudīts {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="225" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopēt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="226" />
            <source>Copy a number or address</source>
            <translation>Kopēt numuru vai adresi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="227" />
            <source>Copy a number or address of the selected contact</source>
            <translation>Kopēt izvēlētā kontakta numuru vai adresi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="252" />
            <source>vCar&amp;d…</source>
            <translation>vCar&amp;d…</translation>
        </message>
        <message>
            <source>filter: “{0}”</source>
            <translation>filtrs: “{0}”</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Tālruņi</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n kontakts</numerusform>
                <numerusform>%n kontakti</numerusform>
                <numerusform>%n kontaktu</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorija</translation>
        </message>
        <message>
            <source>Source / check</source>
            <translation>Avots / pārbaude</translation>
        </message>
        <message>
            <source>no public number</source>
            <translation>nav publiska numura</translation>
        </message>
        <message>
            <source>Select a contact to see all its numbers and sources.</source>
            <translation>Izvēlieties kontaktu, lai redzētu visus tā numurus un avotus.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="1" />
            <source>Service:</source>
            <translation>Dienests:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="1" />
            <source>Show:</source>
            <translation>Rādīt:</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="30" />
            <source>Write what is wrong on the page first.</source>
            <translation>Vispirms uzrakstiet, kas lapā nav pareizi.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="31" />
            <source>The report is too long; keep it to a few sentences.</source>
            <translation>Ziņojums ir par garu; pietiek ar dažiem teikumiem.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="32" />
            <source>This page cannot be reported.</source>
            <translation>Par šo lapu nevar ziņot.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="33" />
            <source>The file could not be written (is the disk full or the folder read-only?).</source>
            <translation>Failu neizdevās ierakstīt (vai disks nav pilns vai mape — tikai lasāma?).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="134" />
            <source>Open a document first, then report a problem with it.</source>
            <translation>Vispirms atveriet dokumentu, tad ziņojiet par problēmu tajā.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="15" />
            <source>Your notes database cannot be opened:
{0}

The library works as usual.</source>
            <translation>Jūsu piezīmju datubāzi nevar atvērt:
{0}

Bibliotēka darbojas kā parasti.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="17" />
            <source>Notes are not available</source>
            <translation>Piezīmes nav pieejamas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="22" />
            <source>Your notes database was damaged ({0}). It was replaced by the backup {1}. The damaged file was kept as {2}.</source>
            <translation>Jūsu piezīmju datubāze bija bojāta ({0}). Tā aizstāta ar rezerves kopiju {1}. Bojātais fails saglabāts kā {2}.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="27" />
            <source>Your notes database was damaged ({0}) and there was no backup to restore. The app starts with empty notes; the damaged file was kept as {1}.</source>
            <translation>Jūsu piezīmju datubāze bija bojāta ({0}), un nebija rezerves kopijas, no kuras to atjaunot. Programma sāk darbu ar tukšām piezīmēm; bojātais fails saglabāts kā {1}.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="31" />
            <source>Notes database repaired</source>
            <translation>Piezīmju datubāze salabota</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="33" />
            <source>The app is already open with this profile in another window. This window can read and search, but notes, bookmarks and imports are switched off here. Close the other window to edit.</source>
            <translation>Programma ar šo profilu jau ir atvērta citā logā. Šajā logā var lasīt un meklēt, bet piezīmes, grāmatzīmes un importēšana te ir izslēgtas. Lai rediģētu, aizveriet otru logu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="37" />
            <source>Opened read-only</source>
            <translation>Atvērts tikai lasīšanai</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="48" />
            <source>the file was empty</source>
            <translation>fails bija tukšs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="49" />
            <source>the file was not a database any more</source>
            <translation>fails vairs nebija datubāze</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="50" />
            <source>the integrity check failed</source>
            <translation>integritātes pārbaude neizdevās</translation>
        </message>
    </context>
    <context>
        <name>GroupAnswersPanel</name>
        <message>
            <source>Groups' answers</source>
            <translation>Grupu atbildes</translation>
        </message>
        <message>
            <source>Institutions only: no names of people or other personal data. Stored on this computer as a workshop session.</source>
            <translation>Tikai iestādes: nerakstiet cilvēku vārdus un citus personas datus. Saglabājas šajā datorā kā semināra sesija.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <source>+ Group</source>
            <translation>+ Grupa</translation>
        </message>
        <message>
            <source>Add a group (Ctrl+G)</source>
            <translation>Pievienot grupu (Ctrl+G)</translation>
        </message>
        <message>
            <source>Institution, then Enter</source>
            <translation>Iestāde, tad Enter</translation>
        </message>
        <message>
            <source>Institution the group would involve</source>
            <translation>Iestāde, ko grupa iesaistītu</translation>
        </message>
        <message>
            <source>The group's institutions in order</source>
            <translation>Grupas iestādes secībā</translation>
        </message>
        <message>
            <source>Enter adds · Alt+↑/↓ or drag orders · Delete removes · Esc back to the scenario</source>
            <translation>Enter pievieno · Alt+↑/↓ vai vilkšana maina secību · Delete dzēš · Esc atpakaļ pie scenārija</translation>
        </message>
        <message>
            <source>Group {0}</source>
            <translation>Grupa {0}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Start or pause the stage timer / five more minutes</source>
            <translation>Sākt vai apturēt posma taimeri / vēl piecas minūtes</translation>
        </message>
        <message>
            <source>Record the groups' answers</source>
            <translation>Pierakstīt grupu atbildes</translation>
        </message>
        <message>
            <source>Projector text size</source>
            <translation>Teksta izmērs projektoram</translation>
        </message>
        <message>
            <source>Export the cooperation map / write the session record</source>
            <translation>Eksportēt sadarbības karti / saglabāt sesijas ierakstu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="23" />
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="35" />
            <source>Keyboard shortcuts</source>
            <translation>Tastatūras īsinājumtaustiņi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="28" />
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="29" />
            <source>Search</source>
            <translation>Meklēt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="28" />
            <source>Move through results / open</source>
            <translation>Pārvietoties pa rezultātiem / atvērt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="28" />
            <source>Down, Up, Enter</source>
            <translation>Lejup, Augšup, Enter</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="29" />
            <source>Clear the search</source>
            <translation>Notīrīt meklēšanu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="30" />
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="31" />
            <source>Workshop</source>
            <translation>Seminārs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="30" />
            <source>Reveal next / previous step</source>
            <translation>Parādīt nākamo / paslēpt iepriekšējo soli</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="30" />
            <source>Space or Right / Left</source>
            <translation>Atstarpe vai Pa labi / Pa kreisi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="31" />
            <source>Leave full screen or the workshop</source>
            <translation>Iziet no pilnekrāna vai semināra režīma</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="32" />
            <source>Notes</source>
            <translation>Piezīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="32" />
            <source>Delete the selected note</source>
            <translation>Dzēst izvēlēto piezīmi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="32" />
            <source>Delete (in the list)</source>
            <translation>Delete (sarakstā)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="34" />
            <source>Menu</source>
            <translation>Izvēlne</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="34" />
            <source>Command</source>
            <translation>Komanda</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="34" />
            <source>Keys</source>
            <translation>Taustiņi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="45" />
            <source>Everything in the app can be done with the keyboard. Tab moves between panels; these keys work everywhere in the main window.</source>
            <translation>Programmā visu var izdarīt ar tastatūru. Tab pārvieto starp paneļiem; šie taustiņi darbojas visur galvenajā logā.</translation>
        </message>
    </context>
    <context>
        <name>ImportPack</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="31" />
            <source>A file path in it could write outside the library.</source>
            <translation>Kāds faila ceļš tajā varētu rakstīt ārpus bibliotēkas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="36" />
            <source>The file does not exist.</source>
            <translation>Fails neeksistē.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="37" />
            <source>This is a folder or a device, not a content pack file.</source>
            <translation>Tā ir mape vai ierīce, nevis satura pakotnes fails.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="38" />
            <source>The file is empty.</source>
            <translation>Fails ir tukšs.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="39" />
            <source>The file is larger than a content pack may be.</source>
            <translation>Fails ir lielāks, nekā atļauts satura pakotnei.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="40" />
            <source>The file cannot be read (check that you may open it).</source>
            <translation>Failu nevar nolasīt (pārbaudiet, vai jums ir tiesības to atvērt).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="41" />
            <source>This is not a content pack (it is not a ZIP archive).</source>
            <translation>Tā nav satura pakotne (tas nav ZIP arhīvs).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="42" />
            <source>The file is incomplete: it was cut off while being copied or downloaded. Copy it again from the original.</source>
            <translation>Fails ir nepilnīgs: tas tika pārtraukts kopēšanas vai lejupielādes laikā. Nokopējiet to vēlreiz no oriģināla.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="44" />
            <source>The file is damaged. Copy it again from the original.</source>
            <translation>Fails ir bojāts. Nokopējiet to vēlreiz no oriģināla.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="46" />
            <source>It has no description file (manifest.json), so it is not a content pack.</source>
            <translation>Tajā nav apraksta faila (manifest.json), tāpēc tā nav satura pakotne.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="48" />
            <source>Its description file (manifest.json) is far too large.</source>
            <translation>Tās apraksta fails (manifest.json) ir pārāk liels.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="49" />
            <source>Its description file (manifest.json) is not valid JSON.</source>
            <translation>Tās apraksta fails (manifest.json) nav derīgs JSON.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="50" />
            <source>Its description file (manifest.json) is not valid.</source>
            <translation>Tās apraksta fails (manifest.json) nav derīgs.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="52" />
            <source>It holds more files than a content pack may have.</source>
            <translation>Tajā ir vairāk failu, nekā atļauts satura pakotnei.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="53" />
            <source>A file path in it uses backslashes.</source>
            <translation>Kāds faila ceļš tajā satur atpakaļvērstās slīpsvītras.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="57" />
            <source>It holds folders that a content pack may not have.</source>
            <translation>Tajā ir mapes, kādas satura pakotnē nav atļautas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="58" />
            <source>It holds a file whose name is not allowed in a content pack.</source>
            <translation>Tajā ir fails, kura nosaukums satura pakotnē nav atļauts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="59" />
            <source>It holds the same file twice.</source>
            <translation>Tajā viens un tas pats fails ir divreiz.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="60" />
            <source>It holds a link; content packs may not contain links.</source>
            <translation>Tajā ir simboliskā saite; satura pakotnēs saites nav atļautas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="61" />
            <source>It holds a special file instead of a plain file.</source>
            <translation>Tajā ir speciāls fails, nevis parasts fails.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="62" />
            <source>It holds an encrypted file.</source>
            <translation>Tajā ir šifrēts fails.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="63" />
            <source>It uses a compression this app does not read.</source>
            <translation>Tajā izmantots saspiešanas veids, ko šī programma nevar nolasīt.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="64" />
            <source>One of its files would unpack to more than a content pack file may have.</source>
            <translation>Kāds no tās failiem pēc atpakošanas būtu lielāks, nekā atļauts satura pakotnes failam.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="66" />
            <source>One of its files is packed suspiciously tightly; this looks like a zip bomb.</source>
            <translation>Kāds no tās failiem ir aizdomīgi cieši saspiests; tas izskatās pēc ZIP bumbas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="68" />
            <source>It would unpack to more than a content pack may have.</source>
            <translation>Pēc atpakošanas tā būtu lielāka, nekā atļauts satura pakotnei.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="69" />
            <source>Its files overlap inside the archive; this looks like a zip bomb.</source>
            <translation>Tās faili arhīvā pārklājas; tas izskatās pēc ZIP bumbas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="70" />
            <source>It holds a file that its list of files does not name (a file was added after the pack was built).</source>
            <translation>Tajā ir fails, kas nav minēts tās failu sarakstā (fails pievienots pēc pakotnes izveides).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="72" />
            <source>A file named in its list of files is missing.</source>
            <translation>Trūkst faila, kas minēts tās failu sarakstā.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="73" />
            <source>One of its files has another size than its list of files says (the pack was altered or damaged).</source>
            <translation>Kāda tās faila izmērs atšķiras no failu sarakstā norādītā (pakotne ir mainīta vai bojāta).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="75" />
            <source>One of its files does not match its checksum (the pack was altered or damaged after it was built).</source>
            <translation>Kāds tās fails neatbilst savai kontrolsummai (pakotne pēc izveides ir mainīta vai bojāta).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="77" />
            <source>Its library database cannot be used.</source>
            <translation>Tās bibliotēkas datubāzi nevar izmantot.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="78" />
            <source>It is in the old pack format, which carried a search index. Ask whoever made it to build it again with this version of the app.</source>
            <translation>Tā ir vecajā pakas formātā, kurā bija meklēšanas indekss. Palūdziet tās veidotājam to izveidot no jauna ar šo lietotnes versiju.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="78" />
            <source>It holds a file that is not content (only documents and the library's settings may be in a pack).</source>
            <translation>Tajā ir fails, kas nav saturs (pakā drīkst būt tikai dokumenti un bibliotēkas iestatījumi).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="78" />
            <source>A folder entry in it carries hidden data.</source>
            <translation>Tajā mapes ierakstā ir paslēpti dati.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="78" />
            <source>Its content does not pass the same checks as 'kb-app check' (a document is broken or too large).</source>
            <translation>Tās saturs neiztur tās pašas pārbaudes kā 'kb-app check' (kāds dokuments ir bojāts vai pārāk liels).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="78" />
            <source>Its manifest does not match its content.</source>
            <translation>Tās manifests neatbilst tās saturam.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="78" />
            <source>Its signature file is not a signature.</source>
            <translation>Tās paraksta fails nav paraksts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="85" />
            <source>The import was cancelled. Nothing was changed.</source>
            <translation>Importēšana atcelta. Nekas netika mainīts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="87" />
            <source>This pack was made for a newer version of the app. Update the app first.</source>
            <translation>Šī pakotne sagatavota jaunākai programmas versijai. Vispirms atjauniniet programmu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="90" />
            <source>The file changed while it was being imported. Try again.</source>
            <translation>Fails mainījās importēšanas laikā. Mēģiniet vēlreiz.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="92" />
            <source>The library could not be written to the profile folder (is the disk full or read-only?). Nothing was changed.</source>
            <translation>Bibliotēku neizdevās ierakstīt profila mapē (vai disks nav pilns vai tikai lasāms?). Nekas netika mainīts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="96" />
            <source>The pack was refused. {0} Nothing was changed.</source>
            <translation>Pakotne noraidīta. {0} Nekas netika mainīts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="97" />
            <source>The pack was refused: {0}. Nothing was changed.</source>
            <translation>Pakotne noraidīta: {0}. Nekas netika mainīts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="1" />
            <source>Your library was changed on this computer after it was imported, so it is not used. Import its content pack again, or go back to the previous library.</source>
            <translation>Jūsu bibliotēka pēc importēšanas šajā datorā ir mainīta, tāpēc tā netiek izmantota. Importējiet tās satura pakotni vēlreiz vai atgriezieties pie iepriekšējās bibliotēkas.</translation>
        </message>
    </context>
    <context>
        <name>ImportPackDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="228" />
            <source>The import failed: {0}. Nothing was changed.</source>
            <translation>Importēšana neizdevās: {0}. Nekas netika mainīts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="107" />
            <source>Import content pack</source>
            <translation>Importēt satura pakotni</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="109" />
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="192" />
            <source>Drop a content pack (.kbpack) here

or</source>
            <translation>Ievelciet šeit satura pakotni (.kbpack)

vai</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="114" />
            <source>Drop area for a content pack</source>
            <translation>Vieta satura pakotnes ievilkšanai</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="115" />
            <source>&amp;Choose a file…</source>
            <translation>&amp;Izvēlēties failu…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="117" />
            <source>The pack is checked completely before anything is installed. Your notes are not changed by an import.</source>
            <translation>Pakotne tiek pilnībā pārbaudīta, pirms kaut kas tiek instalēts. Importēšana jūsu piezīmes nemaina.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="128" />
            <source>This window is read-only (the app is open in another window), so it cannot import a pack.</source>
            <translation>Šis logs ir tikai lasīšanai (programma atvērta citā logā), tāpēc tajā nevar importēt pakotni.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="155" />
            <source>Choose a content pack</source>
            <translation>Izvēlieties satura pakotni</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="156" />
            <source>Content packs (*.kbpack)</source>
            <translation>Satura pakotnes (*.kbpack)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="171" />
            <source>Importing {0}…</source>
            <translation>Importē {0}…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="172" />
            <source>Importing</source>
            <translation>Importēšana</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="172" />
            <source>Checking and installing {0}…</source>
            <translation>Pārbauda un instalē {0}…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="195" />
            <source>Import failed</source>
            <translation>Importēšana neizdevās</translation>
        </message>
        <message>
            <source>You chose not to import {0}. Nothing was changed.</source>
            <translation>Jūs izvēlējāties neimportēt {0}. Nekas netika mainīts.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="17" />
            <source>Article</source>
            <translation>Raksts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="18" />
            <source>Indicators</source>
            <translation>Pazīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="19" />
            <source>Contact</source>
            <translation>Kontakts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="20" />
            <source>Scenario</source>
            <translation>Scenārijs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="21" />
            <source>My note</source>
            <translation>Mana piezīme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="28" />
            <source>Articles</source>
            <translation>Raksti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="29" />
            <source>Indicator sets</source>
            <translation>Pazīmju kopas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="30" />
            <source>Contacts</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="31" />
            <source>Workshop scenarios</source>
            <translation>Semināru scenāriji</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="37" />
            <source>Emergency</source>
            <translation>Ārkārtas palīdzība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="38" />
            <source>Police</source>
            <translation>Policija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="39" />
            <source>Coordination</source>
            <translation>Koordinācija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="40" />
            <source>NGO</source>
            <translation>NVO</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="41" />
            <source>Shelter</source>
            <translation>Patversme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="42" />
            <source>Hotline</source>
            <translation>Uzticības tālrunis</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="43" />
            <source>Labour inspection</source>
            <translation>Darba inspekcija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="44" />
            <source>Border guard</source>
            <translation>Robežsardze</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="45" />
            <source>Orphans' court</source>
            <translation>Bāriņtiesa</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="46" />
            <source>Child protection</source>
            <translation>Bērnu aizsardzība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="47" />
            <source>International</source>
            <translation>Starptautiskie</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="48" />
            <source>Consular help</source>
            <translation>Konsulārā palīdzība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="49" />
            <source>Legal aid</source>
            <translation>Juridiskā palīdzība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="50" />
            <source>Migration</source>
            <translation>Migrācija</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="51" />
            <source>Health</source>
            <translation>Veselība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="52" />
            <source>Social services</source>
            <translation>Sociālie pakalpojumi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="53" />
            <source>Other</source>
            <translation>Citi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="21" />
            <source>Client handout</source>
            <translation>Izdales materiāls klientam</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="33" />
            <source>Client handouts</source>
            <translation>Izdales materiāli klientiem</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/look/doc_type_names.py" line="1" />
            <source>Scenarios</source>
            <translation>Scenāriji</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="27" />
            <source>Library contents</source>
            <translation>Bibliotēkas saturs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="30" />
            <location filename="../../kb_app/ui/search/library_panel.py" line="34" />
            <source>Bookmarks</source>
            <translation>Grāmatzīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="32" />
            <source>Recently viewed</source>
            <translation>Nesen skatītie</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="33" />
            <source>Library</source>
            <translation>Bibliotēka</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="35" />
            <source>Recent</source>
            <translation>Nesenie</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="82" />
            <source>By tag</source>
            <translation>Pēc birkas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="115" />
            <source>Nothing here yet</source>
            <translation>Te vēl nekā nav</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="116" />
            <source>No bookmarks yet (Ctrl+D adds one)</source>
            <translation>Vēl nav grāmatzīmju (Ctrl+D pievieno)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="108" />
            <source>In Latvian</source>
            <translation>Latviski</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="108" />
            <source>In English</source>
            <translation>Angliski</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="108" />
            <source>In Russian</source>
            <translation>Krieviski</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="109" />
            <source>In Ukrainian</source>
            <translation>Ukrainiski</translation>
        </message>
    </context>
    <context>
        <name>LinkHandler</name>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="52" />
            <source>Open web page?</source>
            <translation>Atvērt tīmekļa lapu?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="53" />
            <source>This link leads to the internet:

{0}

Open it in your web browser?</source>
            <translation>Šī saite ved uz internetu:

{0}

Atvērt to tīmekļa pārlūkā?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="82" />
            <source>Phone number {0} copied</source>
            <translation>Tālruņa numurs {0} nokopēts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="85" />
            <source>E-mail address {0} copied</source>
            <translation>E-pasta adrese {0} nokopēta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="95" />
            <source>This link cannot be opened: {0}</source>
            <translation>Šo saiti nevar atvērt: {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="55" />
            <source>Human trafficking knowledge base</source>
            <translation>Cilvēktirdzniecības zināšanu bāze</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="74" />
            <source>Library</source>
            <translation>Bibliotēka</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="77" />
            <source>My notes</source>
            <translation>Manas piezīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="84" />
            <source>Read-only: another window of the app has this profile open</source>
            <translation>Tikai lasīšanai: šis profils atvērts citā programmas logā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="167" />
            <source>Main toolbar</source>
            <translation>Galvenā rīkjosla</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="186" />
            <source>◀ Back</source>
            <translation>◀ Atpakaļ</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="186" />
            <source>Forward ▶</source>
            <translation>Uz priekšu ▶</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="186" />
            <source>My municipality</source>
            <translation>Mana pašvaldība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="187" />
            <source>Contacts</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="187" />
            <source>Checklist</source>
            <translation>Kontrolsaraksts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="188" />
            <source>Workshop</source>
            <translation>Seminārs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="188" />
            <source>☆ Bookmark</source>
            <translation>☆ Grāmatzīme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="189" />
            <source>Print</source>
            <translation>Drukāt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="233" />
            <source>This document is not in the installed library: {0}</source>
            <translation>Šī dokumenta instalētajā bibliotēkā nav: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="361" />
            <source>Bookmarked: {0}</source>
            <translation>Pievienota grāmatzīme: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="364" />
            <source>Bookmark removed</source>
            <translation>Grāmatzīme noņemta</translation>
        </message>
        <message numerus="yes">
            <source>An unfinished checklist case was kept (%n tick(s)): Ctrl+Shift+I opens it.</source>
            <translation>
                <numerusform>Saglabāts nepabeigts kontrolsaraksta gadījums (%n atzīme): Ctrl+Shift+I to atver.</numerusform>
                <numerusform>Saglabāts nepabeigts kontrolsaraksta gadījums (%n atzīmes): Ctrl+Shift+I to atver.</numerusform>
                <numerusform>Saglabāts nepabeigts kontrolsaraksta gadījums (%n atzīmju): Ctrl+Shift+I to atver.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been saved from this window yet.</source>
            <translation>No šī loga vēl nekas nav saglabāts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="1" />
            <source>More commands</source>
            <translation>Vairāk komandu</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="30" />
            <source>My municipality</source>
            <translation>Mana pašvaldība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="32" />
            <source>Choose the municipality you work for. Your notes on local procedures and contacts belong to it; you can change it later in Tools.</source>
            <translation>Izvēlieties pašvaldību, kurā strādājat. Jūsu piezīmes par vietējo kārtību un kontaktiem pieder tai; vēlāk to var mainīt izvēlnē „Rīki”.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="36" />
            <source>Type to filter…</source>
            <translation>Rakstiet, lai atlasītu…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="37" />
            <source>Filter municipalities</source>
            <translation>Atlasīt pašvaldības</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="39" />
            <source>Municipalities</source>
            <translation>Pašvaldības</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="40" />
            <source>state city</source>
            <translation>valstspilsēta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="40" />
            <source>municipality</source>
            <translation>novads</translation>
        </message>
    </context>
    <context>
        <name>NotesIO</name>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="29" />
            <source>The file {file} does not exist.</source>
            <translation>Fails {file} neeksistē.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="30" />
            <source>{file} is a folder, not a notes file.</source>
            <translation>{file} ir mape, nevis piezīmju fails.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="31" />
            <source>The file {file} is {size_mb} MB, more than the {max_mb} MB a notes file may have.</source>
            <translation>Fails {file} ir {size_mb} MB liels — vairāk par {max_mb} MB, kas atļauti piezīmju failam.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="33" />
            <source>The file {file} cannot be read (check that you may open it).</source>
            <translation>Failu {file} nevar nolasīt (pārbaudiet, vai jums ir tiesības to atvērt).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="34" />
            <source>The file {file} is not UTF-8 text, so it is not a notes file.</source>
            <translation>Fails {file} nav UTF-8 teksts, tāpēc tas nav piezīmju fails.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="35" />
            <source>The file {file} is not valid JSON, so it is not a notes file.</source>
            <translation>Fails {file} nav derīgs JSON, tāpēc tas nav piezīmju fails.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="36" />
            <source>The file {file} is not valid JSON (line {line}, column {column}), so it is not a notes file.</source>
            <translation>Fails {file} nav derīgs JSON ({line}. rinda, {column}. kolonna), tāpēc tas nav piezīmju fails.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="38" />
            <source>{file} is not a notes file of this app.</source>
            <translation>{file} nav šīs programmas piezīmju fails.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="39" />
            <source>The notes file {file} has no valid version number.</source>
            <translation>Piezīmju failam {file} nav derīga versijas numura.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="40" />
            <source>The notes file {file} was made by a newer version of the app (version {version}; this app reads version {supported}). Update the app first.</source>
            <translation>Piezīmju fails {file} izveidots ar jaunāku programmas versiju (versija {version}; šī programma lasa versiju {supported}). Vispirms atjauniniet programmu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="43" />
            <source>The notes file {file} has no list of notes.</source>
            <translation>Piezīmju failā {file} nav piezīmju saraksta.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="44" />
            <source>The notes could not be written to {file} (is the disk full or the folder read-only?).</source>
            <translation>Piezīmes neizdevās ierakstīt failā {file} (vai disks nav pilns vai mape tikai lasāma?).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="50" />
            <source>It is not a JSON object.</source>
            <translation>Tā nav JSON objekts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="51" />
            <source>The field '{field}' is missing.</source>
            <translation>Trūkst lauka '{field}'.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="52" />
            <source>The field 'id' is not a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427).</source>
            <translation>Lauks 'id' nav UUID (piemēram, 1b4e28ba-2fa1-11d2-883f-0016d3cca427).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="54" />
            <source>The field 'municipality' must be a municipality code.</source>
            <translation>Laukā 'municipality' jābūt pašvaldības kodam.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="55" />
            <source>The municipality '{value}' is not in the installed library.</source>
            <translation>Pašvaldības '{value}' instalētajā bibliotēkā nav.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="57" />
            <source>The field 'doc_id' must be a document id or null.</source>
            <translation>Laukā 'doc_id' jābūt dokumenta identifikatoram vai null.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="58" />
            <source>The field 'body' must be text.</source>
            <translation>Laukā 'body' jābūt tekstam.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="59" />
            <source>The field 'deleted' must be true or false.</source>
            <translation>Laukā 'deleted' jābūt true vai false.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="60" />
            <source>The field '{field}' must be a date and time like 2026-11-20T09:12:00Z.</source>
            <translation>Laukā '{field}' jābūt datumam un laikam, piemēram, 2026-11-20T09:12:00Z.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="62" />
            <source>The field '{field}' has no time zone; write it like 2026-11-20T09:12:00Z (Z means UTC).</source>
            <translation>Laukā '{field}' nav norādīta laika josla; rakstiet, piemēram, 2026-11-20T09:12:00Z (Z nozīmē UTC).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="64" />
            <source>The field '{field}' is out of range.</source>
            <translation>Lauka '{field}' vērtība ir ārpus pieļaujamā diapazona.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="65" />
            <source>Its id {value} appears earlier in the file too.</source>
            <translation>Tās identifikators {value} failā jau parādās agrāk.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="70" />
            <source>Choose your municipality first: every note belongs to one.</source>
            <translation>Vispirms izvēlieties savu pašvaldību: katra piezīme pieder kādai pašvaldībai.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="71" />
            <source>This note no longer exists.</source>
            <translation>Šīs piezīmes vairs nav.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="72" />
            <source>This note has been deleted.</source>
            <translation>Šī piezīme ir izdzēsta.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="73" />
            <source>That is not a document id.</source>
            <translation>Tas nav dokumenta identifikators.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="90" />
            <source>{file}: note {note} of {total} was refused. {reason} Nothing was imported.</source>
            <translation>{file}: piezīme Nr. {note} no {total} noraidīta. {reason} Nekas netika importēts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="109" />
            <source>Export notes</source>
            <translation>Eksportēt piezīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="111" />
            <location filename="../../kb_app/ui/notes/notes_io.py" line="134" />
            <source>Notes files (*.json)</source>
            <translation>Piezīmju faili (*.json)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="119" />
            <source>Export failed</source>
            <translation>Eksportēšana neizdevās</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="132" />
            <source>Import notes</source>
            <translation>Importēt piezīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="141" />
            <source>Import refused</source>
            <translation>Importēšana noraidīta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="145" />
            <source>Notes imported: {0} new, {1} updated, {2} unchanged</source>
            <translation>Piezīmes importētas: {0} jaunas, {1} atjauninātas, {2} bez izmaiņām</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/notes/notes_io.py" line="24" />
            <source>%n note(s) exported to {0}</source>
            <translation>
                <numerusform>%n piezīme eksportēta uz {0}</numerusform>
                <numerusform>%n piezīmes eksportētas uz {0}</numerusform>
                <numerusform>%n piezīmju eksportēts uz {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="46" />
            <source>The file {file} holds more notes than the {limit} a notes file may have.</source>
            <translation>Failā {file} ir vairāk piezīmju nekā {limit}, kas atļautas vienā piezīmju failā.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="68" />
            <source>The note {value} is {length} characters long, more than the {limit} a note may have.</source>
            <translation>Piezīme {value} ir {length} rakstzīmes gara — vairāk par {limit}, kas atļautas vienai piezīmei.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="70" />
            <source>The text of the note {value} holds a broken character (not valid Unicode).</source>
            <translation>Piezīmes {value} tekstā ir bojāta rakstzīme (nederīgs Unicode).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="72" />
            <source>The field '{field}' ({value}) is in the future. Check the date and time of the computer that wrote the file.</source>
            <translation>Lauka '{field}' vērtība ({value}) ir nākotnē. Pārbaudiet datumu un laiku datorā, kurā fails tika izveidots.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="82" />
            <source>The note is {length} characters long, more than the {limit} a note may have. Shorten it or split it into several notes.</source>
            <translation>Piezīme ir {length} rakstzīmes gara — vairāk par {limit}, kas atļautas vienai piezīmei. Saīsiniet to vai sadaliet vairākās piezīmēs.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="84" />
            <source>The note holds a broken character (not valid Unicode); remove it.</source>
            <translation>Piezīmē ir bojāta rakstzīme (nederīgs Unicode); izdzēsiet to.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="85" />
            <source>Notes are for local procedures and contacts. Never write a client's name or other personal data here.</source>
            <translation>Piezīmes ir vietējai kārtībai un kontaktiem. Nekad nerakstiet šeit klienta vārdu vai citus personas datus.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="89" />
            <source>Reminder</source>
            <translation>Atgādinājums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="93" />
            <source>Notes</source>
            <translation>Piezīmes</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="101" />
            <source>New note</source>
            <translation>Jauna piezīme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="103" />
            <source>&amp;Delete</source>
            <translation>&amp;Dzēst</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="104" />
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="312" />
            <source>Delete note</source>
            <translation>Dzēst piezīmi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="108" />
            <source>Show the note formatted</source>
            <translation>Rādīt piezīmi noformētu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="110" />
            <source>Choose my municipality…</source>
            <translation>Izvēlēties savu pašvaldību…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="113" />
            <source>Note text (Markdown)</source>
            <translation>Piezīmes teksts (Markdown)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="114" />
            <source>Write a note: a local procedure, a contact person's office phone, what worked last time… (Markdown)</source>
            <translation>Rakstiet piezīmi: vietējā kārtība, kontaktpersonas darba tālrunis, kas pagājušoreiz palīdzēja… (Markdown)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="120" />
            <source>Formatted note</source>
            <translation>Noformēta piezīme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="123" />
            <source>Save status</source>
            <translation>Saglabāšanas statuss</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="182" />
            <source>Notes on the page of {0}</source>
            <translation>Piezīmes lapā: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="184" />
            <source>My notes · {0}</source>
            <translation>Manas piezīmes · {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="223" />
            <source>Read-only: the app is open in another window</source>
            <translation>Tikai lasīšanai: programma atvērta citā logā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="238" />
            <source>Created {0} · saved {1}</source>
            <translation>Izveidota {0} · saglabāta {1}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="257" />
            <source>New note: it is saved as you type</source>
            <translation>Jauna piezīme: tā tiek saglabāta rakstīšanas laikā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="281" />
            <source>Saved {0}</source>
            <translation>Saglabāts {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="313" />
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Piezīme izdzēsta. Atsaukt var ar Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="242" />
            <source>Read-only: nothing can be saved on this disk</source>
            <translation>Tikai lasīšanai: šajā diskā neko nevar saglabāt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="252" />
            <source>(This note is too long to show: more than {0} characters. Delete it, or export your notes to keep a copy.)</source>
            <translation>(Šī piezīme ir par garu, lai to parādītu: vairāk par {0} rakstzīmēm. Izdzēsiet to vai eksportējiet piezīmes, lai saglabātu kopiju.)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="274" />
            <source>Not saved yet: the last save failed.</source>
            <translation>Vēl nav saglabāts: pēdējā saglabāšana neizdevās.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="347" />
            <source>Your text is kept in a recovery draft ({0}); the app offers it back at the next start.</source>
            <translation>Jūsu teksts glabājas atkopšanas melnrakstā ({0}); nākamreiz palaižot programma to piedāvās atjaunot.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="350" />
            <source>Your text is only in this window: copy it somewhere safe before closing.</source>
            <translation>Jūsu teksts ir tikai šajā logā: pirms aizvēršanas nokopējiet to drošā vietā.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="351" />
            <source>Not saved. {0} {1}</source>
            <translation>Nav saglabāts. {0} {1}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="353" />
            <source>Not saved: see the message above the page.</source>
            <translation>Nav saglabāts: skatiet paziņojumu virs lapas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="371" />
            <source>Your note is not saved</source>
            <translation>Jūsu piezīme nav saglabāta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="372" />
            <source>The note you are writing could not be saved anywhere (the disk is full or read-only). Its text has been copied to the clipboard: paste it into another program or onto a USB stick before closing.

Close the app now?</source>
            <translation>Piezīmi, ko rakstāt, nevarēja saglabāt nekur (disks ir pilns vai tikai lasāms). Tās teksts ir nokopēts starpliktuvē: pirms aizvēršanas ielīmējiet to citā programmā vai USB zibatmiņā.

Aizvērt programmu tagad?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="100" />
            <source>New n&amp;ote</source>
            <translation>&amp;Jauna piezīme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="106" />
            <source>P&amp;review</source>
            <translation>Pri&amp;ekšskatīt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="1" />
            <source>(empty note)</source>
            <translation>(tukša piezīme)</translation>
        </message>
    </context>
    <context>
        <name>OfficeSync</name>
        <message>
            <location filename="../../kb_app/ui/notes/office_sync.py" line="38" />
            <source>Notes synced with the office folder: {0} new, {1} updated.</source>
            <translation>Piezīmes saskaņotas ar biroja mapi: {0} jaunas, {1} atjauninātas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/office_sync.py" line="41" />
            <source>{0} files in the folder could not be read (made by a newer app, or damaged).</source>
            <translation>Mapē esošos failus nevarēja nolasīt: {0} (tie ir no jaunākas programmas versijas vai bojāti).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/office_sync.py" line="48" />
            <source>The office notes folder could not be used: {0}</source>
            <translation>Biroja piezīmju mapi nevarēja izmantot: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/office_sync.py" line="1" />
            <source>Another installation wrote notes under this one's id (a copied profile or computer image); its notes were merged and this installation now uses a new id.</source>
            <translation>Cita instalācija rakstīja piezīmes ar šīs instalācijas identifikatoru (kopēts profils vai datora attēls); tās piezīmes ir apvienotas, un šī instalācija tagad izmanto jaunu identifikatoru.</translation>
        </message>
        <message>
            <source>From now on the folder is synced when the app starts and when it closes.</source>
            <translation>Turpmāk mape tiek sinhronizēta, kad programma tiek palaista un aizvērta.</translation>
        </message>
    </context>
    <context>
        <name>OrphansDialog</name>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="62" />
            <location filename="../../kb_app/ui/notes/orphans.py" line="68" />
            <source>Notes without a document</source>
            <translation>Piezīmes bez dokumenta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="63" />
            <source>These notes belong to documents that the installed library no longer has. They are kept; copy what you still need, move a note to your municipality's page, or delete it.</source>
            <translation>Šīs piezīmes pieder dokumentiem, kuru instalētajā bibliotēkā vairs nav. Tās tiek saglabātas; nokopējiet, kas vēl vajadzīgs, pārvietojiet piezīmi uz savas pašvaldības lapu vai izdzēsiet to.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="71" />
            <source>Note text</source>
            <translation>Piezīmes teksts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="72" />
            <source>&amp;Copy text</source>
            <translation>&amp;Kopēt tekstu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="73" />
            <source>&amp;Move to my municipality page</source>
            <translation>&amp;Pārvietot uz manas pašvaldības lapu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="74" />
            <source>&amp;Delete</source>
            <translation>&amp;Dzēst</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="106" />
            <source>There are no notes without a document.</source>
            <translation>Nav piezīmju bez dokumenta.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="133" />
            <source>Choose your municipality first.</source>
            <translation>Vispirms izvēlieties savu pašvaldību.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="135" />
            <source>This note belongs to another municipality.</source>
            <translation>Šī piezīme pieder citai pašvaldībai.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="143" />
            <source>Move note to the municipality page</source>
            <translation>Pārvietot piezīmi uz pašvaldības lapu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="147" />
            <source>Note moved to the page of {0}. Undo with Ctrl+Z.</source>
            <translation>Piezīme pārvietota uz lapu: {0}. Atsaukt var ar Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="154" />
            <source>Delete note</source>
            <translation>Dzēst piezīmi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="99" />
            <source>(too long to show)</source>
            <translation>(par garu, lai parādītu)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="117" />
            <source>This note is too long to show. Delete it, or export your notes to keep a copy.</source>
            <translation>Šī piezīme ir par garu, lai to parādītu. Izdzēsiet to vai eksportējiet piezīmes, lai saglabātu kopiju.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="1" />
            <source>(empty note)</source>
            <translation>(tukša piezīme)</translation>
        </message>
    </context>
    <context>
        <name>PageSource</name>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="43" />
            <source>updated {0}</source>
            <translation>atjaunināts {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="43" />
            <source>Pages that link here</source>
            <translation>Lapas, kas norāda uz šo</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="53" />
            <source>Library</source>
            <translation>Bibliotēka</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="53" />
            <source>Preparing the library</source>
            <translation>Bibliotēka tiek sagatavota</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="54" />
            <source>The library is being installed; this takes a moment.</source>
            <translation>Bibliotēka tiek instalēta; tas aizņem brīdi.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="61" />
            <source>My municipality</source>
            <translation>Mana pašvaldība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="62" />
            <source>Your municipality's page: local documents, quick starts, and your own notes on local procedures and contacts (in the “My notes” panel).</source>
            <translation>Jūsu pašvaldības lapa: vietējie dokumenti, ātrā sākšana un jūsu pašu piezīmes par vietējo kārtību un kontaktiem (panelī „Manas piezīmes”).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="64" />
            <source>Start here</source>
            <translation>Sāciet šeit</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="64" />
            <source>Contacts: whom to call</source>
            <translation>Kontakti: kam zvanīt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="65" />
            <source>Indicator checklist: what did you notice?</source>
            <translation>Pazīmju kontrolsaraksts: ko jūs pamanījāt?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="66" />
            <source>Workshop mode for trainers</source>
            <translation>Semināra režīms apmācītājiem</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="67" />
            <source>Indicator sets</source>
            <translation>Pazīmju kopas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="67" />
            <source>Local documents</source>
            <translation>Vietējie dokumenti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="68" />
            <source>The library has no documents specific to this municipality.</source>
            <translation>Bibliotēkā nav dokumentu, kas attiektos tieši uz šo pašvaldību.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="69" />
            <source>My notes on this page</source>
            <translation>Manas piezīmes šajā lapā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="70" />
            <source>No notes yet. Add one in the notes panel (Ctrl+N).</source>
            <translation>Piezīmju vēl nav. Pievienojiet to piezīmju panelī (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="71" />
            <source>Workshop scenarios</source>
            <translation>Semināru scenāriji</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="58" />
            <location filename="../../kb_app/ui/paper/printing.py" line="81" />
            <source>Export as PDF</source>
            <translation>Eksportēt kā PDF</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="60" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF faili (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="74" />
            <source>Saved {0}</source>
            <translation>Saglabāts {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="78" />
            <source>Could not save the PDF: {0}</source>
            <translation>PDF neizdevās saglabāt: {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="80" />
            <source>Writing {0}…</source>
            <translation>Raksta {0}…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="91" />
            <source>Print</source>
            <translation>Drukāt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="105" />
            <source>Could not save the PDF: the disk is full.</source>
            <translation>PDF neizdevās saglabāt: disks ir pilns.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="107" />
            <source>Could not save the PDF: that folder cannot be written (read-only or no permission). Choose another folder.</source>
            <translation>PDF neizdevās saglabāt: šajā mapē nevar ierakstīt (tikai lasāma vai nav atļaujas). Izvēlieties citu mapi.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../kb_app/ui/shared/tasks.py" line="136" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../kb_app/ui/reader/reader_view.py" line="46" />
            <source>Document</source>
            <translation>Dokuments</translation>
        </message>
    </context>
    <context>
        <name>ReportProblemDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="52" />
            <source>Report a problem with this page</source>
            <translation>Ziņot par problēmu šajā lapā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="53" />
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Document: {1} · library version {2}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Dokuments: {1} · bibliotēkas versija {2}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="56" />
            <source>Do not write a client's name or anything else about a client here. The report goes to your trainer so that the page can be corrected.</source>
            <translation>Nerakstiet šeit klienta vārdu vai citas ziņas par klientu. Ziņojums nonāk pie jūsu apmācītāja, lai lapu varētu izlabot.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="62" />
            <source>What is wrong? For example: the phone number does not answer.</source>
            <translation>Kas nav pareizi? Piemēram: pa šo tālruni neviens neatbild.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="63" />
            <source>What is wrong on this page</source>
            <translation>Kas šajā lapā nav pareizi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="65" />
            <source>&amp;Export reports for the trainer…</source>
            <translation>&amp;Eksportēt ziņojumus apmācītājam…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="80" />
            <source>This window is read-only (the app is open in another window), so it cannot save a report.</source>
            <translation>Šis logs ir tikai lasāms (programma atvērta citā logā), tāpēc tajā nevar saglabāt ziņojumu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="96" />
            <source>Report not saved</source>
            <translation>Ziņojums nav saglabāts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="100" />
            <source>Report saved. Export the reports for your trainer from this dialog.</source>
            <translation>Ziņojums saglabāts. Ziņojumus apmācītājam var eksportēt šajā pašā logā.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="111" />
            <source>Export reports for the trainer</source>
            <translation>Eksportēt ziņojumus apmācītājam</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="112" />
            <source>Feedback files (*.json)</source>
            <translation>Ziņojumu faili (*.json)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="119" />
            <source>Export failed</source>
            <translation>Eksportēšana neizdevās</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="121" />
            <source>Reports exported</source>
            <translation>Ziņojumi eksportēti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="122" />
            <source>Reports written to {1}: {0}. Send this file to your trainer.</source>
            <translation>Ziņojumi ierakstīti failā {1}: {0}. Nosūtiet šo failu savam apmācītājam.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="55" />
            <source>Search (Ctrl+K)</source>
            <translation>Meklēt (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="56" />
            <source>Search</source>
            <translation>Meklēt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="58" />
            <source>Limit search to</source>
            <translation>Meklēt tikai</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="59" />
            <source>Everything</source>
            <translation>Visur</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="61" />
            <source>Articles</source>
            <translation>Raksti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="61" />
            <source>Indicator sets</source>
            <translation>Pazīmju kopas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="62" />
            <source>Contacts</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="62" />
            <source>Scenarios</source>
            <translation>Scenāriji</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="63" />
            <source>(only)</source>
            <translation>(tikai)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="66" />
            <source>Number of results</source>
            <translation>Rezultātu skaits</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="71" />
            <source>Search results</source>
            <translation>Meklēšanas rezultāti</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="147" />
            <source>Searching…</source>
            <translation>Meklē…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="162" />
            <source>Search failed</source>
            <translation>Meklēšana neizdevās</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/search/search_panel.py" line="196" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n rezultāts</numerusform>
                <numerusform>%n rezultāti</numerusform>
                <numerusform>%n rezultātu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="196" />
            <source>Nothing found</source>
            <translation>Nekas nav atrasts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="73" />
            <source>Recent</source>
            <translation>Nesenie</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="74" />
            <source>Recent searches</source>
            <translation>Nesenie meklējumi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="75" />
            <source>Recent searches (Down in the empty search field)</source>
            <translation>Nesenie meklējumi (bultiņa lejup tukšā meklēšanas laukā)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="81" />
            <source>Did you mean</source>
            <translation>Vai domājāt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="84" />
            <source>Did you mean:</source>
            <translation>Vai domājāt:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="248" />
            <source>Search for {0}</source>
            <translation>Meklēt {0}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="269" />
            <source>Clear recent searches</source>
            <translation>Notīrīt nesenos meklējumus</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="271" />
            <source>No recent searches</source>
            <translation>Nav nesenu meklējumu</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="1" />
            <source>Search in:</source>
            <translation>Meklēt:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="201" />
            <source>also in %1</source>
            <translation>arī %1 valodā</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="31" />
            <source>Settings</source>
            <translation>Iestatījumi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="33" />
            <source>Language</source>
            <translation>Valoda</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="37" />
            <source>not chosen</source>
            <translation>nav izvēlēta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="38" />
            <source>My municipality</source>
            <translation>Mana pašvaldība</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="39" />
            <source>C&amp;hange…</source>
            <translation>&amp;Mainīt…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="40" />
            <source>Change my municipality</source>
            <translation>Mainīt savu pašvaldību</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="48" />
            <source>Text size of documents</source>
            <translation>Dokumentu teksta lielums</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="49" />
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="54" />
            <source> steps</source>
            <translation> soļi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="53" />
            <source>Text size in workshop mode</source>
            <translation>Teksta lielums semināra režīmā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="57" />
            <source>none</source>
            <translation>nav</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="58" />
            <source>Office notes folder, synced on start and on quit</source>
            <translation>Biroja piezīmju mape, ar ko saskaņot piezīmes, programmu atverot un aizverot</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="59" />
            <source>Ch&amp;oose…</source>
            <translation>&amp;Izvēlēties…</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="61" />
            <source>Clea&amp;r</source>
            <translation>&amp;Notīrīt</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="68" />
            <source>&amp;Language:</source>
            <translation>&amp;Valoda:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="69" />
            <source>My municipality:</source>
            <translation>Mana pašvaldība:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="70" />
            <source>&amp;Text size:</source>
            <translation>&amp;Teksta lielums:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="71" />
            <source>&amp;Workshop text size:</source>
            <translation>&amp;Semināra teksta lielums:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="72" />
            <source>Office notes folder:</source>
            <translation>Biroja piezīmju mape:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="83" />
            <source>Office notes folder</source>
            <translation>Biroja piezīmju mape</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="77" />
            <source>Colours</source>
            <translation>Krāsas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="78" />
            <source>As the system (light or dark)</source>
            <translation>Kā sistēmā (gaišas vai tumšas)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="78" />
            <source>Light</source>
            <translation>Gaišas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="79" />
            <source>Dark</source>
            <translation>Tumšas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="79" />
            <source>High contrast</source>
            <translation>Augsta kontrasta</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="68" />
            <source>Our service's name, for referral sheets</source>
            <translation>Mūsu dienesta nosaukums nosūtījuma lapām</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="69" />
            <source>e.g. the municipality's social service</source>
            <translation>piem., pašvaldības sociālais dienests</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="71" />
            <source>Our office's contact, printed on client handouts</source>
            <translation>Mūsu biroja kontakts, ko drukā klientu izdales materiālos</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="72" />
            <source>phone, address, opening hours</source>
            <translation>tālrunis, adrese, darba laiks</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="79" />
            <source>Our &amp;service:</source>
            <translation>Mūsu &amp;dienests:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="80" />
            <source>Our office's &amp;contact:</source>
            <translation>Mūsu biroja k&amp;ontakts:</translation>
        </message>
        <message>
            <source>The municipality's social service, for referral sheets</source>
            <translation>Pašvaldības sociālais dienests, nosūtījuma lapai</translation>
        </message>
        <message>
            <source>The municipality's orphans' court, for referral sheets</source>
            <translation>Pašvaldības bāriņtiesa, nosūtījuma lapai</translation>
        </message>
        <message>
            <source>phone (and whom to ask for)</source>
            <translation>tālrunis (un ko lūgt pie tālruņa)</translation>
        </message>
        <message>
            <source>Social service (&amp;phone):</source>
            <translation>Sociālā dienesta tā&amp;lrunis:</translation>
        </message>
        <message>
            <source>Orpha&amp;ns' court:</source>
            <translation>&amp;Bāriņtiesa:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="88" />
            <source>Colo&amp;urs:</source>
            <translation>&amp;Krāsas:</translation>
        </message>
        <message>
            <source>Notes are synced with this folder right after you choose it (OK), then each time the app starts and closes.</source>
            <translation>Piezīmes ar šo mapi tiek sinhronizētas uzreiz pēc izvēles (Labi), pēc tam katru reizi, kad programma tiek palaista un aizvērta.</translation>
        </message>
    </context>
    <context>
        <name>StageTimer</name>
        <message>
            <source>Time left in this stage</source>
            <translation>Atlikušais laiks šajā posmā</translation>
        </message>
        <message>
            <source>▶ Time</source>
            <translation>▶ Laiks</translation>
        </message>
        <message>
            <source>Start or pause the timer (T)</source>
            <translation>Sākt vai apturēt taimeri (T)</translation>
        </message>
        <message>
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <source>Five more minutes (+)</source>
            <translation>Vēl piecas minūtes (+)</translation>
        </message>
        <message>
            <source> (paused)</source>
            <translation> (apturēts)</translation>
        </message>
        <message>
            <source>❚❚ Pause</source>
            <translation>❚❚ Pauze</translation>
        </message>
    </context>
    <context>
        <name>TrustQuestion</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="24" />
            <source>The pack is not signed, so nobody vouches for its content.</source>
            <translation>Pakotne nav parakstīta, tāpēc neviens negalvo par tās saturu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="25" />
            <source>The pack is signed by a publisher this app does not trust yet.</source>
            <translation>Pakotni parakstījis izdevējs, kuram šī programma vēl neuzticas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="27" />
            <source>The installed library was signed by another publisher; someone else may have made this pack.</source>
            <translation>Uzstādīto bibliotēku parakstīja cits izdevējs; šo pakotni, iespējams, sagatavojis kāds cits.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="29" />
            <source>The pack is older than the installed library.</source>
            <translation>Pakotne ir vecāka par uzstādīto bibliotēku.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="30" />
            <source>The installed library has the same version but other content.</source>
            <translation>Uzstādītajai bibliotēkai ir tā pati versija, bet cits saturs.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="32" />
            <source>The pack's version is not a version this app can compare.</source>
            <translation>Pakotnes versiju šī programma nevar salīdzināt.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="34" />
            <source>A publisher key built into this app is damaged; install the app again.</source>
            <translation>Programmā iebūvētā izdevēja atslēga ir bojāta; uzstādiet programmu no jauna.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="36" />
            <source>The list of publishers you trust is damaged.</source>
            <translation>Jūsu uzticamo izdevēju saraksts ir bojāts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="37" />
            <source>The list of publishers you trust cannot be read.</source>
            <translation>Jūsu uzticamo izdevēju sarakstu nevar nolasīt.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="39" />
            <source>The list of publishers you trust was written by a newer version of the app.</source>
            <translation>Jūsu uzticamo izdevēju sarakstu ierakstījusi jaunāka programmas versija.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="42" />
            <source>Its signature does not match: the pack was changed after it was signed.</source>
            <translation>Tās paraksts neatbilst: pakotne mainīta pēc parakstīšanas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="44" />
            <source>Its signature is damaged or not a signature.</source>
            <translation>Tās paraksts ir bojāts vai nav paraksts.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="45" />
            <source>Its signature does not say which key made it.</source>
            <translation>Tās parakstā nav norādīts, ar kuru atslēgu tas veidots.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="46" />
            <source>The publisher key it names is not a valid key.</source>
            <translation>Tajā norādītā izdevēja atslēga nav derīga.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="47" />
            <source>The key file is not a valid key.</source>
            <translation>Atslēgas fails nesatur derīgu atslēgu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="48" />
            <source>The key file is password-protected.</source>
            <translation>Atslēgas fails ir aizsargāts ar paroli.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="49" />
            <source>Other users could read the secret key file.</source>
            <translation>Slepeno atslēgu failu var izlasīt arī citi lietotāji.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="50" />
            <source>The key file does not exist.</source>
            <translation>Atslēgas fails nepastāv.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="51" />
            <source>The key file cannot be read.</source>
            <translation>Atslēgas failu nevar nolasīt.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="52" />
            <source>A key file of that name exists already.</source>
            <translation>Atslēgas fails ar šādu nosaukumu jau ir.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="53" />
            <source>The key could not be written.</source>
            <translation>Atslēgu neizdevās ierakstīt.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="67" />
            <source>“{0}”, version {1}</source>
            <translation>“{0}”, versija {1}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="70" />
            <source>(no name given)</source>
            <translation>(vārds nav norādīts)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="75" />
            <source>The content pack {0} is not signed, so this app cannot tell who made it or whether it was changed on the way.</source>
            <translation>Satura pakotne {0} nav parakstīta, tāpēc programma nevar pārbaudīt, kas to sagatavojis un vai pa ceļam tā nav mainīta.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="78" />
            <source>Import it only if you received it from your trainer in person.</source>
            <translation>Importējiet to tikai tad, ja to saņēmāt tieši no sava apmācītāja.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="80" />
            <source>Do you trust this pack?</source>
            <translation>Vai uzticaties šai pakotnei?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="85" />
            <source>Compare the fingerprint with the one your trainer gave you, for example by phone. The name alone proves nothing: anyone can write any name.</source>
            <translation>Salīdziniet nospiedumu ar to, ko jums devis apmācītājs, piemēram, pa tālruni. Vārds vien neko nepierāda: jebkurš var uzrakstīt jebkuru vārdu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="88" />
            <source>Do you trust this publisher for this library from now on?</source>
            <translation>Vai turpmāk uzticaties šim izdevējam šīs bibliotēkas atjauninājumos?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="98" />
            <source>Do you trust the new key for this library from now on?</source>
            <translation>Vai turpmāk uzticaties jaunajai atslēgai šīs bibliotēkas atjauninājumos?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="100" />
            <source>The content pack {0} is older than the library you have (version {1}).</source>
            <translation>Satura pakotne {0} ir vecāka par jūsu bibliotēku (versija {1}).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="103" />
            <source>Importing it replaces newer information, such as phone numbers, with older.</source>
            <translation>Ja to importēsiet, jaunāka informācija, piemēram, tālruņa numuri, tiks aizstāta ar vecāku.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="105" />
            <source>Do you really want to go back to the older version?</source>
            <translation>Vai tiešām vēlaties atgriezties pie vecākas versijas?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="107" />
            <source>You already have version {0} of this library, but the content of this pack is different.</source>
            <translation>Jums jau ir šīs bibliotēkas versija {0}, taču šīs pakotnes saturs ir citāds.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="110" />
            <source>Two packs with one version number should not differ. Ask your trainer which one is right.</source>
            <translation>Divām pakotnēm ar vienu versijas numuru nevajadzētu atšķirties. Pajautājiet apmācītājam, kura ir pareizā.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="113" />
            <source>Replace the library you have with this pack?</source>
            <translation>Vai aizstāt jūsu bibliotēku ar šo pakotni?</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="120" />
            <source>Check before importing</source>
            <translation>Pārbaudiet pirms importēšanas</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>The pack is another library than the one installed; importing it replaces that library.</source>
            <translation>Pakotne ir cita bibliotēka, nevis tā, kas uzstādīta; to importējot, tā aizstāj uzstādīto bibliotēku.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>Key fingerprint: {0}&lt;br&gt;The content pack {1} is signed with this key, which this app does not know yet. The signer calls itself &lt;b&gt;{2}&lt;/b&gt;.</source>
            <translation>Atslēgas nospiedums: {0}&lt;br&gt;Satura pakotne {1} ir parakstīta ar šo atslēgu, ko šī programma vēl nepazīst. Parakstītājs sevi sauc &lt;b&gt;{2}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>This pack's key: {0}&lt;br&gt;Your library's key: {1}&lt;br&gt;&lt;b&gt;The content pack {2} is signed by another key than your library.&lt;/b&gt; The signer calls itself &lt;b&gt;{3}&lt;/b&gt;.</source>
            <translation>Šīs pakotnes atslēga: {0}&lt;br&gt;Jūsu bibliotēkas atslēga: {1}&lt;br&gt;&lt;b&gt;Satura pakotne {2} ir parakstīta ar citu atslēgu nekā jūsu bibliotēka.&lt;/b&gt; Parakstītājs sevi sauc &lt;b&gt;{3}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>This is not a new publisher: someone else may be passing off their own content as your library. Import it only if your trainer told you, in person or by phone, that the key changed, and the new key is the one above.</source>
            <translation>Tas nav jauns izdevējs: kāds cits, iespējams, uzdod savu saturu par jūsu bibliotēku. Importējiet to tikai tad, ja apmācītājs jums klātienē vai pa tālruni ir teicis, ka atslēga ir mainīta un jaunā atslēga ir tā, kas redzama augstāk.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>The content pack {0} is another library than the one you have (“{1}”).</source>
            <translation>Satura pakotne {0} ir cita bibliotēka, nevis tā, kas jums ir (“{1}”).</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>Importing it replaces your library with this one; your notes stay.</source>
            <translation>Importējot tā aizstās jūsu bibliotēku; jūsu piezīmes paliks.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>Replace your library with this one?</source>
            <translation>Aizstāt jūsu bibliotēku ar šo?</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Reading</source>
            <translation>Lasīšana</translation>
        </message>
        <message>
            <source>Group work</source>
            <translation>Darbs grupā</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Pārrunas</translation>
        </message>
    </context>
    <context>
        <name>WorkshopKitDialog</name>
        <message>
            <source>Prepare a workshop</source>
            <translation>Sagatavot darbnīcu</translation>
        </message>
        <message>
            <source>Group cards (situation and questions, without the solution), the trainer's sheet and role cards, as three PDF files.</source>
            <translation>Grupu kartītes (situācija un jautājumi, bez risinājuma), vadītāja lapa un lomu kartītes — trīs PDF faili.</translation>
        </message>
        <message>
            <source>Scenarios for the workshop</source>
            <translation>Darbnīcas scenāriji</translation>
        </message>
        <message>
            <source>Folder for the kit</source>
            <translation>Mape materiāliem</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Izvēlēties…</translation>
        </message>
        <message>
            <source>&amp;Groups:</source>
            <translation>&amp;Grupas:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Valoda:</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Mape:</translation>
        </message>
        <message>
            <source>&amp;Write the kit</source>
            <translation>Sag&amp;atavot materiālus</translation>
        </message>
        <message>
            <source>&amp;Scenarios (Space ticks):</source>
            <translation>&amp;Scenāriji (atzīmē ar atstarpes taustiņu):</translation>
        </message>
        <message>
            <source>Tick at least one scenario.</source>
            <translation>Atzīmējiet vismaz vienu scenāriju.</translation>
        </message>
        <message>
            <source>Choose a folder that exists (or a new one inside it).</source>
            <translation>Izvēlieties esošu mapi (vai jaunu mapi tajā).</translation>
        </message>
        <message>
            <source>Writing the kit…</source>
            <translation>Sagatavo materiālus…</translation>
        </message>
        <message>
            <source>Workshop kit written to {0}: {1}</source>
            <translation>Darbnīcas materiāli saglabāti mapē {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>WorkshopLab</name>
        <message>
            <source>Groups…</source>
            <translation>Grupas…</translation>
        </message>
        <message>
            <source>Record the groups' answers (G)</source>
            <translation>Pierakstīt grupu atbildes (G)</translation>
        </message>
        <message>
            <source>Export map…</source>
            <translation>Eksportēt karti…</translation>
        </message>
        <message>
            <source>Export the cooperation map as PNG or SVG (Ctrl+E)</source>
            <translation>Eksportēt sadarbības karti kā PNG vai SVG (Ctrl+E)</translation>
        </message>
        <message>
            <source>Record PDF…</source>
            <translation>Ieraksts PDF…</translation>
        </message>
        <message>
            <source>Write the session's one-page record as PDF (Ctrl+R)</source>
            <translation>Saglabāt sesijas vienas lapas ierakstu PDF (Ctrl+R)</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Projektors</translation>
        </message>
        <message>
            <source>Projector text size (P)</source>
            <translation>Teksta izmērs projektoram (P)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <source>Named by both</source>
            <translation>Nosauca abi</translation>
        </message>
        <message>
            <source>In the model, missed</source>
            <translation>Modelī ir, grupa nenosauca</translation>
        </message>
        <message>
            <source>Added by the group</source>
            <translation>Grupa pievienoja</translation>
        </message>
        <message>
            <source>Answers not saved</source>
            <translation>Atbildes nav saglabātas</translation>
        </message>
        <message>
            <source>Export the cooperation map</source>
            <translation>Eksportēt sadarbības karti</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG attēls (*.png);;SVG zīmējums (*.svg)</translation>
        </message>
        <message>
            <source>Map not exported</source>
            <translation>Karte nav eksportēta</translation>
        </message>
        <message>
            <source>Workshop record</source>
            <translation>Darbnīcas ieraksts</translation>
        </message>
        <message>
            <source>Record the groups' answers first (G).</source>
            <translation>Vispirms pierakstiet grupu atbildes (G).</translation>
        </message>
        <message>
            <source>Group {0}</source>
            <translation>Grupa {0}</translation>
        </message>
        <message>
            <source>The groups beside the model</source>
            <translation>Grupas blakus modelim</translation>
        </message>
    </context>
    <context>
        <name>WorkshopWindow</name>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="56" />
            <source>Workshop mode</source>
            <translation>Semināra režīms</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="62" />
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="79" />
            <source>Scenario</source>
            <translation>Scenārijs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="65" />
            <source>Progress</source>
            <translation>Gaita</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="66" />
            <source>◀ Back</source>
            <translation>◀ Atpakaļ</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="67" />
            <source>Hide the last step</source>
            <translation>Paslēpt pēdējo soli</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="68" />
            <source>Next ▶</source>
            <translation>Tālāk ▶</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="69" />
            <source>Reveal the next step</source>
            <translation>Parādīt nākamo soli</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="70" />
            <source>Full screen</source>
            <translation>Pilnekrāns</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="72" />
            <source>Close</source>
            <translation>Aizvērt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="152" />
            <source>Press Space for the next part (%n more).</source>
            <translation>
                <numerusform>Nospiediet atstarpes taustiņu, lai redzētu nākamo daļu (vēl %n).</numerusform>
                <numerusform>Nospiediet atstarpes taustiņu, lai redzētu nākamo daļu (vēl %n).</numerusform>
                <numerusform>Nospiediet atstarpes taustiņu, lai redzētu nākamo daļu (vēl %n).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="157" />
            <source>Part {0} of {1}</source>
            <translation>{0}. daļa no {1}</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="1" />
            <source>The library has no workshop scenarios.</source>
            <translation>Bibliotēkā nav semināra scenāriju.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="1" />
            <source>Scenario:</source>
            <translation>Scenārijs:</translation>
        </message>
    </context>
    <context>
        <name>Degraded</name>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="16" />
            <source>Read-only: this profile's folder cannot be written (a write-protected USB stick, or no permission on this computer). You can read, search, print and export to another disk; notes, bookmarks and imports are switched off.</source>
            <translation>Tikai lasīšanai: šī profila mapē nevar ierakstīt (USB zibatmiņa aizsargāta pret rakstīšanu vai šajā datorā nav atļaujas). Var lasīt, meklēt, drukāt un eksportēt uz citu disku; piezīmes, grāmatzīmes un importēšana ir izslēgtas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="20" />
            <source>Read-only: the disk is full, so nothing can be saved. You can read, search, print and export to another disk; notes, bookmarks and imports are switched off. Free some space and start the app again.</source>
            <translation>Tikai lasīšanai: disks ir pilns, tāpēc neko nevar saglabāt. Var lasīt, meklēt, drukāt un eksportēt uz citu disku; piezīmes, grāmatzīmes un importēšana ir izslēgtas. Atbrīvojiet vietu un palaidiet programmu vēlreiz.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="25" />
            <source>Read-only: the disk refuses to save anything. You can read, search, print and export to another disk; notes, bookmarks and imports are switched off.</source>
            <translation>Tikai lasīšanai: disks atsakās kaut ko saglabāt. Var lasīt, meklēt, drukāt un eksportēt uz citu disku; piezīmes, grāmatzīmes un importēšana ir izslēgtas.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="1" />
            <source>Not verified: this content pack is not signed, so anyone may have written or changed what it says. Check phone numbers and advice against a library you trust.</source>
            <translation>Nav pārbaudīts: šī satura pakotne nav parakstīta, tāpēc jebkurš var būt uzrakstījis vai mainījis tās saturu. Pārbaudiet tālruņu numurus un padomus bibliotēkā, kurai uzticaties.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="1" />
            <source>Not verified: this content pack is signed with key {0}, which this app does not trust. Anyone may have written or changed what it says.</source>
            <translation>Nav pārbaudīts: šī satura pakotne ir parakstīta ar atslēgu {0}, kurai šī programma neuzticas. Jebkurš var būt uzrakstījis vai mainījis tās saturu.</translation>
        </message>
    </context>
    <context>
        <name>DegradedBanner</name>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="36" />
            <source>Warning</source>
            <translation>Brīdinājums</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="47" />
            <source>(empty note)</source>
            <translation>(tukša piezīme)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="49" />
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="64" />
            <source>Unsaved note found</source>
            <translation>Atrasta nesaglabāta piezīme</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="50" />
            <source>A note you wrote on {0} could not be saved then:

“{1}”

Save it now as a note? Discard throws the text away.</source>
            <translation>Piezīmi, ko rakstījāt {0}, toreiz neizdevās saglabāt:

“{1}”

Saglabāt to tagad kā piezīmi? „Atmest” izdzēsīs šo tekstu.</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="55" />
            <source>Save the note</source>
            <translation>Saglabāt piezīmi</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="56" />
            <source>Discard</source>
            <translation>Atmest</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="57" />
            <source>Ask me later</source>
            <translation>Jautāt vēlāk</translation>
        </message>
    </context>
    <context>
        <name>ContentsButton</name>
        <message>
            <location filename="../../kb_app/ui/reader/toc.py" line="39" />
            <source>Contents</source>
            <translation>Saturs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/toc.py" line="40" />
            <source>Contents of this page</source>
            <translation>Šīs lapas saturs</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/toc.py" line="41" />
            <source>Contents of this page (Ctrl+J)</source>
            <translation>Šīs lapas saturs (Ctrl+J)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="33" />
            <location filename="../../kb_app/ui/reader/find_bar.py" line="34" />
            <source>Find in page</source>
            <translation>Meklēt lapā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="37" />
            <source>Matches in page</source>
            <translation>Atradumi lapā</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="38" />
            <source>Previous match (Shift+F3)</source>
            <translation>Iepriekšējais atradums (Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="39" />
            <source>Next match (F3)</source>
            <translation>Nākamais atradums (F3)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="40" />
            <source>Close find in page (Esc)</source>
            <translation>Aizvērt meklēšanu lapā (Esc)</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="43" />
            <source>Find:</source>
            <translation>Meklēt:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="118" />
            <source>No matches</source>
            <translation>Nav atrasts</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="120" />
            <source>{0} of {1}</source>
            <translation>{0} no {1}</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../kb_app/ui/shared/qt_strings.py" line="14" />
            <source>&amp;Look in:</source>
            <translation>&amp;Meklēt:</translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/shared/qt_strings.py" line="15" />
            <source>Files of &amp;type:</source>
            <translation>Datņu &amp;tips:</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <location filename="../../kb_app/ui/look/widgets.py" line="29" />
            <source>Clear</source>
            <translation>Notīrīt</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../kb_app/ui/paper/desk_sheets.py" line="29" />
            <location filename="../../kb_app/ui/paper/desk_sheets.py" line="36" />
            <source>Referral sheet</source>
            <translation>Nosūtījuma lapa</translation>
        </message>
    </context>
    <context>
        <name>UndoImport</name>
        <message>
            <source>Undo last import</source>
            <translation>Atsaukt pēdējo importu</translation>
        </message>
        <message>
            <source>This window cannot change the library (it is read-only or reads a pack directly). Nothing was changed.</source>
            <translation>Šajā logā bibliotēku mainīt nevar (tas ir tikai lasāms vai lasa pakotni tieši). Nekas netika mainīts.</translation>
        </message>
        <message>
            <source>There is no earlier library to go back to. Nothing was changed.</source>
            <translation>Nav iepriekšējas bibliotēkas, uz kuru atgriezties. Nekas netika mainīts.</translation>
        </message>
        <message>
            <source>Go back to the library before the last import ({0})?

Your notes are not changed. Importing the newer pack again undoes this.</source>
            <translation>Atgriezties pie bibliotēkas, kas bija pirms pēdējā importa ({0})?

Jūsu piezīmes netiek mainītas. Ja vēlreiz importēsiet jaunāko pakotni, tas tiks atsaukts.</translation>
        </message>
        <message>
            <source>Could not go back: {0}. Nothing was changed.</source>
            <translation>Neizdevās atgriezties: {0}. Nekas netika mainīts.</translation>
        </message>
        <message>
            <source>Back to {0}. Your notes are unchanged.</source>
            <translation>Atgriezta {0}. Jūsu piezīmes nav mainītas.</translation>
        </message>
    </context>
    <context>
        <name>SavedNotice</name>
        <message>
            <source>Open folder</source>
            <translation>Atvērt mapi</translation>
        </message>
        <message>
            <source>Open the folder of the saved file</source>
            <translation>Atvērt saglabātā faila mapi</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saglabāts</translation>
        </message>
    </context>
</TS>
