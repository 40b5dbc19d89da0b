<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="17"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="20"/>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="21"/>
        <source>Content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="21"/>
        <source>none installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="22"/>
        <source>Content version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="23"/>
        <source>Built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="25"/>
        <source>Profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="27"/>
        <source>An offline knowledge base for social workers who meet possible victims of human trafficking. It works without an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/about.py" line="35"/>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="30"/>
        <source>&amp;Import content pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="31"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="32"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="33"/>
        <source>&amp;Back up my notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="34"/>
        <source>&amp;Restore notes from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="35"/>
        <source>What &amp;changed in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="37"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="38"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="40"/>
        <source>&amp;Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="41"/>
        <source>Find ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="42"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="44"/>
        <source>Page c&amp;ontents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="45"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="46"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="47"/>
        <source>&amp;My municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="48"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="49"/>
        <source>Book&amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="50"/>
        <source>&amp;Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="51"/>
        <source>&amp;Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="52"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="53"/>
        <source>Indicator chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="54"/>
        <source>&amp;Workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="55"/>
        <source>Book&amp;mark this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="56"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="57"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="58"/>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="59"/>
        <source>Show &amp;library panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="61"/>
        <source>Show &amp;notes panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="63"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="64"/>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="65"/>
        <source>Go to &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="66"/>
        <source>&amp;Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="67"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="68"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="69"/>
        <source>&amp;Export notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="70"/>
        <source>&amp;Import notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="71"/>
        <source>Notes without a &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="72"/>
        <source>Choose my &amp;municipality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="73"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="74"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="75"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="78"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="78"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="79"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="79"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="80"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/actions.py" line="80"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="24"/>
        <source>Back up my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="26"/>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="44"/>
        <source>Notes backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="32"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="34"/>
        <source>Notes backed up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="42"/>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="48"/>
        <source>Restore notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="49"/>
        <source>Replace all your current notes, bookmarks and history with the backup {0}?

A safety copy of the current notes is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="59"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="63"/>
        <source>Notes restored. The previous notes were kept as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="79"/>
        <source>The backup {0} could not be written. Is the disk full or the folder read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="81"/>
        <source>{0} is the notes database in use. Choose a backup file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="83"/>
        <source>{0} could not be restored. Your current notes are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="85"/>
        <source>{0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="86"/>
        <source>{0} is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="87"/>
        <source>{0} is not a backup of this app&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/backup.py" line="88"/>
        <source>{0} was made by a newer version of the app. Update the app first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Boot</name>
    <message>
        <location filename="../../kb_app/ui/startup.py" line="67"/>
        <source>Preparing the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/startup.py" line="68"/>
        <source>Installing the library that comes with the app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/startup.py" line="69"/>
        <source>Opening the content pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/startup.py" line="84"/>
        <source>Installing the library was cancelled. The app needs a library to work; start it again to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/startup.py" line="102"/>
        <source>The library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/startup.py" line="141"/>
        <source>Automatic backup of notes failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="32"/>
        <source>Library installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="35"/>
        <source>Content updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="39"/>
        <source>No documents were added, removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="65"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="66"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="67"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="102"/>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="105"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="106"/>
        <source>There is no record of changes for the library in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/ui/dialogs/changes.py" line="24"/>
        <source>{0}: %n document(s).</source>
        <translation>
            <numerusform>{0}: %n document.</numerusform>
            <numerusform>{0}: %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="74"/>
        <source>What changed in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/changes.py" line="77"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="45"/>
        <source>Indicator checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="50"/>
        <source>Tick what you observed. Nothing is saved unless you print or export the summary, and the summary has no place for a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="54"/>
        <source>Indicator set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="58"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="64"/>
        <location filename="../../kb_app/ui/checklist.py" line="201"/>
        <source>Other observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="65"/>
        <source>Other observations (optional; no names or other personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="71"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="74"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="75"/>
        <source>Clear all ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="77"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="77"/>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="79"/>
        <source>P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="79"/>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="146"/>
        <location filename="../../kb_app/ui/checklist.py" line="200"/>
        <source>strong sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="162"/>
        <source>How to ask: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="192"/>
        <source>Summary of observed indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="194"/>
        <source>This summary deliberately has no name or other personal data of the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="195"/>
        <source>No indicators ticked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/ui/checklist.py" line="196"/>
        <source>%n indicator(s) observed</source>
        <translation>
            <numerusform>%n indicator observed</numerusform>
            <numerusform>%n indicators observed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/ui/checklist.py" line="197"/>
        <source>%n group(s) present</source>
        <translation>
            <numerusform>%n group present</numerusform>
            <numerusform>%n groups present</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="197"/>
        <source>of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/ui/checklist.py" line="198"/>
        <source>%n strong sign(s) observed: act on the next steps now.</source>
        <translation>
            <numerusform>%n strong sign observed: act on the next steps now.</numerusform>
            <numerusform>%n strong signs observed: act on the next steps now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="200"/>
        <source>Groups of indicators present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="201"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="202"/>
        <source>Contacts to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/checklist.py" line="212"/>
        <source>Indicator summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="92"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="92"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="92"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="93"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="93"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="106"/>
        <source>Checked more than 12 months ago: confirm the details before relying on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="111"/>
        <source>Click to copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="185"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="191"/>
        <source>Which contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="192"/>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="193"/>
        <source>National services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="194"/>
        <source>My municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="196"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="198"/>
        <source>Filter by name, number, area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="199"/>
        <source>Filter contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="203"/>
        <source>Contacts table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="221"/>
        <source>Selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="225"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="226"/>
        <source>Copy a number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="227"/>
        <source>Copy a number or address of the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="232"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="232"/>
        <source>Open the contact&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="234"/>
        <source>&amp;vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="237"/>
        <source>&amp;All shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="238"/>
        <source>Export all contacts shown as vCards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="235"/>
        <source>Export the selected contact as a vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="286"/>
        <source>Every service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="323"/>
        <source>Copied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="340"/>
        <source>No contact matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="353"/>
        <source>Last verified {0}, more than 12 months ago: check the number before you rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="356"/>
        <source>Verified {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="386"/>
        <source>Export vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="387"/>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/contacts_view.py" line="394"/>
        <source>Could not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/ui/contacts_view.py" line="396"/>
        <source>Saved %n contact(s) to {0}</source>
        <translation>
            <numerusform>Saved %n contact to {0}</numerusform>
            <numerusform>Saved %n contacts to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentsButton</name>
    <message>
        <location filename="../../kb_app/ui/toc.py" line="39"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/toc.py" line="40"/>
        <source>Contents of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/toc.py" line="41"/>
        <source>Contents of this page (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../kb_app/ui/find_bar.py" line="33"/>
        <location filename="../../kb_app/ui/find_bar.py" line="34"/>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/find_bar.py" line="37"/>
        <source>Matches in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/find_bar.py" line="38"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/find_bar.py" line="39"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/find_bar.py" line="40"/>
        <source>Close find in page (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/find_bar.py" line="43"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/find_bar.py" line="118"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/find_bar.py" line="120"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/first_run.py" line="15"/>
        <source>Your notes database cannot be opened:
{0}

The library works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/first_run.py" line="17"/>
        <source>Notes are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/first_run.py" line="22"/>
        <source>Your notes database was damaged ({0}). It was replaced by the backup {1}. The damaged file was kept as {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/first_run.py" line="27"/>
        <source>Your notes database was damaged ({0}) and there was no backup to restore. The app starts with empty notes; the damaged file was kept as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/first_run.py" line="31"/>
        <source>Notes database repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/first_run.py" line="33"/>
        <source>The app is already open with this profile in another window. This window can read and search, but notes, bookmarks and imports are switched off here. Close the other window to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/first_run.py" line="37"/>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="23"/>
        <location filename="../../kb_app/ui/dialogs/help.py" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="28"/>
        <location filename="../../kb_app/ui/dialogs/help.py" line="29"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="28"/>
        <source>Move through results / open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="28"/>
        <source>Down, Up, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="29"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="30"/>
        <location filename="../../kb_app/ui/dialogs/help.py" line="31"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="30"/>
        <source>Reveal next / previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="30"/>
        <source>Space or Right / Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="31"/>
        <source>Leave full screen or the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="32"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="32"/>
        <source>Delete the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="32"/>
        <source>Delete (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="34"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="34"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="34"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/help.py" line="45"/>
        <source>Everything in the app can be done with the keyboard. Tab moves between panels; these keys work everywhere in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPack</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="32"/>
        <source>A file path in it could write outside the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="37"/>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="38"/>
        <source>This is a folder or a device, not a content pack file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="39"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="40"/>
        <source>The file is larger than a content pack may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="41"/>
        <source>The file cannot be read (check that you may open it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="42"/>
        <source>This is not a content pack (it is not a ZIP archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="43"/>
        <source>The file is incomplete: it was cut off while being copied or downloaded. Copy it again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="45"/>
        <source>The file is damaged. Copy it again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="47"/>
        <source>It has no description file (manifest.json), so it is not a content pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="49"/>
        <source>Its description file (manifest.json) is far too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="50"/>
        <source>Its description file (manifest.json) is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="51"/>
        <source>Its description file (manifest.json) is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="53"/>
        <source>It holds more files than a content pack may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="54"/>
        <source>A file path in it uses backslashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="58"/>
        <source>It holds folders that a content pack may not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="59"/>
        <source>It holds a file whose name is not allowed in a content pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="60"/>
        <source>It holds the same file twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="61"/>
        <source>It holds a link; content packs may not contain links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="62"/>
        <source>It holds a special file instead of a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="63"/>
        <source>It holds an encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="64"/>
        <source>It uses a compression this app does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="65"/>
        <source>One of its files would unpack to more than a content pack file may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="67"/>
        <source>One of its files is packed suspiciously tightly; this looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="69"/>
        <source>It would unpack to more than a content pack may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="70"/>
        <source>Its files overlap inside the archive; this looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="71"/>
        <source>It holds a file that its list of files does not name (a file was added after the pack was built).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="73"/>
        <source>A file named in its list of files is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="74"/>
        <source>One of its files has another size than its list of files says (the pack was altered or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="76"/>
        <source>One of its files does not match its checksum (the pack was altered or damaged after it was built).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="78"/>
        <source>Its library database cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="86"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="88"/>
        <source>This pack was made for a newer version of the app. Update the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="91"/>
        <source>The file changed while it was being imported. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="93"/>
        <source>The library could not be written to the profile folder (is the disk full or read-only?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="97"/>
        <source>The pack was refused. {0} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="98"/>
        <source>The pack was refused: {0}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="108"/>
        <source>Import content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="110"/>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="193"/>
        <source>Drop a content pack (.kbpack) here

or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="115"/>
        <source>Drop area for a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="116"/>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="118"/>
        <source>The pack is checked completely before anything is installed. Your notes are not changed by an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="129"/>
        <source>This window is read-only (the app is open in another window), so it cannot import a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="156"/>
        <source>Choose a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="157"/>
        <source>Content packs (*.kbpack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="172"/>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="173"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="173"/>
        <source>Checking and installing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/import_pack.py" line="196"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="17"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="18"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="19"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="20"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="21"/>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="28"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="29"/>
        <source>Indicator sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="30"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="31"/>
        <source>Workshop scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="37"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="38"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="39"/>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="40"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="41"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="42"/>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="43"/>
        <source>Labour inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="44"/>
        <source>Border guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="45"/>
        <source>Orphans&apos; court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="46"/>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="47"/>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="48"/>
        <source>Consular help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="49"/>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="50"/>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="51"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="52"/>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/labels.py" line="53"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="29"/>
        <source>Library contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="32"/>
        <location filename="../../kb_app/ui/library_panel.py" line="36"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="34"/>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="35"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="37"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="82"/>
        <source>By tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="108"/>
        <source>In Latvian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="108"/>
        <source>In English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="108"/>
        <source>In Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="109"/>
        <source>In Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="137"/>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/library_panel.py" line="138"/>
        <source>No bookmarks yet (Ctrl+D adds one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkHandler</name>
    <message>
        <location filename="../../kb_app/ui/links.py" line="52"/>
        <source>Open web page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/links.py" line="53"/>
        <source>This link leads to the internet:

{0}

Open it in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/links.py" line="82"/>
        <source>Phone number {0} copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/links.py" line="85"/>
        <source>E-mail address {0} copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/links.py" line="95"/>
        <source>This link cannot be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="63"/>
        <source>Human trafficking knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="82"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="91"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="98"/>
        <source>Read-only: another window of the app has this profile open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="188"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="207"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="207"/>
        <source>Forward ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="207"/>
        <source>My municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="208"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="208"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="209"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="209"/>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="210"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="251"/>
        <source>This document is not in the installed library: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="406"/>
        <source>Bookmarked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/mainwindow.py" line="409"/>
        <source>Bookmark removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/municipality.py" line="30"/>
        <source>My municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/municipality.py" line="32"/>
        <source>Choose the municipality you work for. Your notes on local procedures and contacts belong to it; you can change it later in Tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/municipality.py" line="36"/>
        <source>Type to filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/municipality.py" line="37"/>
        <source>Filter municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/municipality.py" line="39"/>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/municipality.py" line="40"/>
        <source>state city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/municipality.py" line="40"/>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesIO</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="29"/>
        <source>The file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="30"/>
        <source>{file} is a folder, not a notes file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="31"/>
        <source>The file {file} is {size_mb} MB, more than the {max_mb} MB a notes file may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="33"/>
        <source>The file {file} cannot be read (check that you may open it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="34"/>
        <source>The file {file} is not UTF-8 text, so it is not a notes file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="35"/>
        <source>The file {file} is not valid JSON, so it is not a notes file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="36"/>
        <source>The file {file} is not valid JSON (line {line}, column {column}), so it is not a notes file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="38"/>
        <source>{file} is not a notes file of this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="39"/>
        <source>The notes file {file} has no valid version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="40"/>
        <source>The notes file {file} was made by a newer version of the app (version {version}; this app reads version {supported}). Update the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="43"/>
        <source>The notes file {file} has no list of notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="44"/>
        <source>The notes could not be written to {file} (is the disk full or the folder read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="50"/>
        <source>It is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="51"/>
        <source>The field &apos;{field}&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="52"/>
        <source>The field &apos;id&apos; is not a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="54"/>
        <source>The field &apos;municipality&apos; must be a municipality code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="55"/>
        <source>The municipality &apos;{value}&apos; is not in the installed library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="57"/>
        <source>The field &apos;doc_id&apos; must be a document id or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="58"/>
        <source>The field &apos;body&apos; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="59"/>
        <source>The field &apos;deleted&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="60"/>
        <source>The field &apos;{field}&apos; must be a date and time like 2026-11-20T09:12:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="62"/>
        <source>The field &apos;{field}&apos; has no time zone; write it like 2026-11-20T09:12:00Z (Z means UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="64"/>
        <source>The field &apos;{field}&apos; is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="65"/>
        <source>Its id {value} appears earlier in the file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="70"/>
        <source>Choose your municipality first: every note belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="71"/>
        <source>This note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="72"/>
        <source>This note has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="73"/>
        <source>That is not a document id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="90"/>
        <source>{file}: note {note} of {total} was refused. {reason} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="109"/>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="111"/>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="134"/>
        <source>Notes files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="119"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="132"/>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="141"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="145"/>
        <source>Notes imported: {0} new, {1} updated, {2} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/ui/dialogs/notes_io.py" line="24"/>
        <source>%n note(s) exported to {0}</source>
        <translation>
            <numerusform>%n note exported to {0}</numerusform>
            <numerusform>%n notes exported to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="85"/>
        <source>Notes are for local procedures and contacts. Never write a client&apos;s name or other personal data here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="89"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="93"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="100"/>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="101"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="103"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="104"/>
        <location filename="../../kb_app/ui/notes_panel.py" line="312"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="106"/>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="108"/>
        <source>Show the note formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="110"/>
        <source>Choose my municipality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="113"/>
        <source>Note text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="114"/>
        <source>Write a note: a local procedure, a contact person&apos;s office phone, what worked last time… (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="120"/>
        <source>Formatted note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="123"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="182"/>
        <source>Notes on the page of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="184"/>
        <source>My notes · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="223"/>
        <source>Read-only: the app is open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="238"/>
        <source>Created {0} · saved {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="257"/>
        <source>New note: it is saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="281"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/notes_panel.py" line="313"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="62"/>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="68"/>
        <source>Notes without a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="63"/>
        <source>These notes belong to documents that the installed library no longer has. They are kept; copy what you still need, move a note to your municipality&apos;s page, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="71"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="72"/>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="73"/>
        <source>&amp;Move to my municipality page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="74"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="106"/>
        <source>There are no notes without a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="133"/>
        <source>Choose your municipality first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="135"/>
        <source>This note belongs to another municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="143"/>
        <source>Move note to the municipality page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="147"/>
        <source>Note moved to the page of {0}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/orphans.py" line="154"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSource</name>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="43"/>
        <source>updated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="43"/>
        <source>Pages that link here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="53"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="53"/>
        <source>Preparing the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="54"/>
        <source>The library is being installed; this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="61"/>
        <source>My municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="62"/>
        <source>Your municipality&apos;s page: local documents, quick starts, and your own notes on local procedures and contacts (in the “My notes” panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="64"/>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="64"/>
        <source>Contacts: whom to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="65"/>
        <source>Indicator checklist: what did you notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="66"/>
        <source>Workshop mode for trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="67"/>
        <source>Indicator sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="67"/>
        <source>Local documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="68"/>
        <source>The library has no documents specific to this municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="69"/>
        <source>My notes on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="70"/>
        <source>No notes yet. Add one in the notes panel (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/page_source.py" line="71"/>
        <source>Workshop scenarios</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../kb_app/ui/printing.py" line="58"/>
        <location filename="../../kb_app/ui/printing.py" line="81"/>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/printing.py" line="60"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/printing.py" line="74"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/printing.py" line="78"/>
        <source>Could not save the PDF: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/printing.py" line="80"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/printing.py" line="91"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../kb_app/ui/tasks.py" line="136"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../kb_app/ui/qt_strings.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/qt_strings.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../kb_app/ui/reader.py" line="47"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="59"/>
        <source>Search (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="60"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="62"/>
        <source>Limit search to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="63"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="65"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="65"/>
        <source>Indicator sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="66"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="66"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="67"/>
        <source>(only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="70"/>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="73"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="74"/>
        <source>Recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="75"/>
        <source>Recent searches (Down in the empty search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="81"/>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="84"/>
        <source>Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="91"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="171"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="186"/>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/ui/search_panel.py" line="223"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="223"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="248"/>
        <source>Search for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="269"/>
        <source>Clear recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/search_panel.py" line="271"/>
        <source>No recent searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="56"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="60"/>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="61"/>
        <source>My municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="62"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="63"/>
        <source>Change my municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="71"/>
        <source>Text size of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Text size in workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="77"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="78"/>
        <source>As the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="78"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="79"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="79"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="84"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="85"/>
        <source>My municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="86"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="87"/>
        <source>&amp;Workshop text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="88"/>
        <source>C&amp;olours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../kb_app/ui/widgets.py" line="29"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="57"/>
        <source>Workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="63"/>
        <location filename="../../kb_app/ui/workshop.py" line="80"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="66"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="67"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="68"/>
        <source>Hide the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="69"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="70"/>
        <source>Reveal the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="71"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="73"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kb_app/ui/workshop.py" line="153"/>
        <source>Press Space for the next part (%n more).</source>
        <translation>
            <numerusform>Press Space for the next part (%n more).</numerusform>
            <numerusform>Press Space for the next part (%n more).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kb_app/ui/workshop.py" line="158"/>
        <source>Part {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
