<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="17" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="20" />
            <source>App version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="21" />
            <source>Content pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="21" />
            <source>none installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="22" />
            <source>Content version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="23" />
            <source>Built</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="25" />
            <source>Profile folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="27" />
            <source>An offline knowledge base for social workers who meet possible victims of human trafficking. It works without an internet connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/about.py" line="35" />
            <source>About this app</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Prepare a workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="30" />
            <source>&amp;Import content pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="31" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="32" />
            <source>Export as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="33" />
            <source>&amp;Back up my notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="34" />
            <source>&amp;Restore notes from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="35" />
            <source>What &amp;changed in the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="37" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="38" />
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="39" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="41" />
            <source>&amp;My municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="42" />
            <source>&amp;Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="44" />
            <source>&amp;Recently viewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="46" />
            <source>&amp;Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="47" />
            <source>Indicator chec&amp;klist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="48" />
            <source>&amp;Workshop mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="50" />
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="51" />
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="52" />
            <source>&amp;Normal size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="53" />
            <source>Show &amp;library panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="57" />
            <source>&amp;Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="58" />
            <source>&amp;New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="60" />
            <source>&amp;Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="61" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="62" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="63" />
            <source>&amp;Export notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="64" />
            <source>&amp;Import notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="66" />
            <source>Report a &amp;problem with this page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="68" />
            <source>Choose my &amp;municipality…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="69" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="70" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="71" />
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="74" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="74" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="75" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="75" />
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="76" />
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="76" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="40" />
            <source>&amp;Find in page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="41" />
            <source>Find ne&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="42" />
            <source>Find pre&amp;vious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="44" />
            <source>Page c&amp;ontents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="40" />
            <source>Forwar&amp;d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="43" />
            <source>Bookm&amp;arks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="45" />
            <source>Document &amp;text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="49" />
            <source>Bookmark t&amp;his page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="55" />
            <source>Show no&amp;tes panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="59" />
            <source>Go to n&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/actions.py" line="65" />
            <source>Notes &amp;without a document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo last import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder of the last &amp;saved file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next &amp;panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;revious panel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="24" />
            <source>Back up my notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="26" />
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="44" />
            <source>Notes backups (*.db)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="32" />
            <source>Backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="34" />
            <source>Notes backed up to {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="42" />
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="48" />
            <source>Restore notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="49" />
            <source>Replace all your current notes, bookmarks and history with the backup {0}?

A safety copy of the current notes is kept in the backups folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="59" />
            <source>Restore failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="63" />
            <source>Notes restored. The previous notes were kept as {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="79" />
            <source>The backup {0} could not be written. Is the disk full or the folder read-only?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="81" />
            <source>{0} is the notes database in use. Choose a backup file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="83" />
            <source>{0} could not be restored. Your current notes are unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="85" />
            <source>{0} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="86" />
            <source>{0} is damaged and cannot be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="87" />
            <source>{0} is not a backup of this app's notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="88" />
            <source>{0} was made by a newer version of the app. Update the app first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="85" />
            <source>The notes could not be saved: the profile folder is read-only (a write-protected disk or no permission). Reading and searching still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="88" />
            <source>The notes could not be saved: the disk is full. Free some space; reading and searching still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="91" />
            <source>The notes could not be saved: the disk refused the write. Reading and searching still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="93" />
            <source>Nothing can be changed in the profile {0}: it is read-only (a write-protected disk or no permission). Reading and searching still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="96" />
            <source>Nothing can be changed in the profile {0}: the disk is full. Reading and searching still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="98" />
            <source>Nothing can be changed in the profile {0}: the disk refused the write. Reading and searching still work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_backup.py" line="1" />
            <source>{0} is not a backup this app made: its structure differs from this app's own. Your current notes are unchanged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Boot</name>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="67" />
            <source>Preparing the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="68" />
            <source>Installing the library that comes with the app…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="69" />
            <source>Opening the content pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="84" />
            <source>Installing the library was cancelled. The app needs a library to work; start it again to install it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="102" />
            <source>The library cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="141" />
            <source>Automatic backup of notes failed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/startup.py" line="1" />
            <source>The library that came with this version of the app could not be installed: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Changes</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="32" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="33" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="34" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="35" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="36" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="37" />
            <source>Municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="38" />
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="39" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="40" />
            <source>Related</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="41" />
            <source>Translation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="42" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="43" />
            <source>Phone numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="44" />
            <source>E-mail addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="45" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="46" />
            <source>Addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="47" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="48" />
            <source>Opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="49" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="50" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="51" />
            <source>Checked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="52" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="53" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="54" />
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="55" />
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="62" />
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="56" />
            <source>Next steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="57" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="58" />
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="59" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="60" />
            <source>Solution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="61" />
            <source>Duration (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="111" />
            <source>Library installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="114" />
            <source>Content updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="118" />
            <source>No documents were added, removed or changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="129" />
            <source>Check these before you give a number or an address to anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="143" />
            <source>Changed contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="144" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="145" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="146" />
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="181" />
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="184" />
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="185" />
            <source>There is no record of changes for the library in use.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="26" />
            <source>{0}: %n document(s).</source>
            <translation>
                <numerusform>{0}: %n document.</numerusform>
                <numerusform>{0}: %n documents.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="61" />
            <source>Help lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="1" />
            <source>The library is replaced by another one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/doc_type_names.py" line="1" />
            <source>Notes for trainers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/doc_type_names.py" line="1" />
            <source>Contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/doc_type_names.py" line="1" />
            <source>When there is no phone number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangesDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="153" />
            <source>What changed in the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/changes_dialog.py" line="156" />
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="45" />
            <source>Indicator checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="54" />
            <source>Indicator set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="58" />
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="64" />
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="201" />
            <source>Other observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="65" />
            <source>Other observations (optional; no names or other personal data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="71" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="74" />
            <source>C&amp;lear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="75" />
            <source>Clear all ticks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="77" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="77" />
            <source>Print the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="79" />
            <source>P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="79" />
            <source>Save the summary as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="146" />
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="200" />
            <source>strong sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="162" />
            <source>How to ask: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="192" />
            <source>Summary of observed indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="194" />
            <source>This summary deliberately has no name or other personal data of the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="195" />
            <source>No indicators ticked yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="196" />
            <source>%n indicator(s) observed</source>
            <translation>
                <numerusform>%n indicator observed</numerusform>
                <numerusform>%n indicators observed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="197" />
            <source>%n group(s) present</source>
            <translation>
                <numerusform>%n group present</numerusform>
                <numerusform>%n groups present</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="197" />
            <source>of {0}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="198" />
            <source>%n strong sign(s) observed: act on the next steps now.</source>
            <translation>
                <numerusform>%n strong sign observed: act on the next steps now.</numerusform>
                <numerusform>%n strong signs observed: act on the next steps now.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="200" />
            <source>Groups of indicators present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="201" />
            <source>Next steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="202" />
            <source>Contacts to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="212" />
            <source>Indicator summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="78" />
            <source>Print the referral sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="80" />
            <source>Save the referral sheet as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back the ticks and observations Clear removed (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>An unfinished case was brought back: %n indicator(s) ticked.</source>
            <translation>
                <numerusform>An unfinished case was brought back: %n indicator ticked.</numerusform>
                <numerusform>An unfinished case was brought back: %n indicators ticked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cleared %n tick(s) in every set and the observations. Undo: Ctrl+Z.</source>
            <translation>
                <numerusform>Cleared %n tick in every set and the observations. Undo: Ctrl+Z.</numerusform>
                <numerusform>Cleared %n ticks in every set and the observations. Undo: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The case is back: %n indicator(s) ticked.</source>
            <translation>
                <numerusform>The case is back: %n indicator ticked.</numerusform>
                <numerusform>The case is back: %n indicators ticked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>C&amp;lear all (%n)</source>
            <translation>
                <numerusform>C&amp;lear all (%n)</numerusform>
                <numerusform>C&amp;lear all (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n set</numerusform>
                <numerusform>%n sets</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick what you observed, in as many sets as the case needs. The ticks stay until you clear them or quit (a recovery copy in your profile keeps them through a crash); the summary has no place for a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/checklist/checklist_view.py" line="1" />
            <source>Indicator set:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="99" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="99" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="99" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="99" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="100" />
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="100" />
            <source>Source / check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="113" />
            <source>The oldest detail has no source date or one more than 12 months old, and no real check since: confirm it before relying on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="137" />
            <source>no number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="137" />
            <source>no public number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="145" />
            <source>checked {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="147" />
            <source>source undated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="148" />
            <source>source {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="153" />
            <source>the source is undated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="155" />
            <source>source dated {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="157" />
            <source>checked {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="159" />
            <source>not checked since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="118" />
            <source>Click to copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="91" />
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="104" />
            <source>Checked more than 12 months ago: confirm the details before relying on them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fixed national number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a fixed national number ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: its source or last check is more than 12 months old: confirm it before relying on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="1" />
            <source>over 12 months ago</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="213" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="219" />
            <source>Which contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="220" />
            <source>All contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="221" />
            <source>National services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="222" />
            <source>My municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="224" />
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="226" />
            <source>Filter by name, number, area…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="227" />
            <source>Filter contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="231" />
            <source>Contacts table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="248" />
            <source>Selected contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="250" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="250" />
            <source>Open the contact's page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="255" />
            <source>&amp;All shown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="256" />
            <source>Export all contacts shown as vCards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="369" />
            <source>over 12 months: check it before you rely on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="373" />
            <source>No public number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="253" />
            <source>Export the selected contact as a vCard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="304" />
            <source>Every service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="337" />
            <source>Copied: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="357" />
            <source>No contact matches the filter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="377" />
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="379" />
            <source>Copy {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="399" />
            <source>Export vCard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="400" />
            <source>vCard files (*.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="407" />
            <source>Could not save {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="409" />
            <source>Saved %n contact(s) to {0}</source>
            <translation>
                <numerusform>Saved %n contact to {0}</numerusform>
                <numerusform>Saved %n contacts to {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="340" />
            <source>Last verified {0}, more than 12 months ago: check the number before you rely on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="343" />
            <source>Verified {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="225" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="226" />
            <source>Copy a number or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="227" />
            <source>Copy a number or address of the selected contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="252" />
            <source>vCar&amp;d…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>filter: “{0}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source / check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no public number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a contact to see all its numbers and sources.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="1" />
            <source>Service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/contacts/contacts_view.py" line="1" />
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="30" />
            <source>Write what is wrong on the page first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="31" />
            <source>The report is too long; keep it to a few sentences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="32" />
            <source>This page cannot be reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="33" />
            <source>The file could not be written (is the disk full or the folder read-only?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="134" />
            <source>Open a document first, then report a problem with it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="15" />
            <source>Your notes database cannot be opened:
{0}

The library works as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="17" />
            <source>Notes are not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="22" />
            <source>Your notes database was damaged ({0}). It was replaced by the backup {1}. The damaged file was kept as {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="27" />
            <source>Your notes database was damaged ({0}) and there was no backup to restore. The app starts with empty notes; the damaged file was kept as {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="31" />
            <source>Notes database repaired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="33" />
            <source>The app is already open with this profile in another window. This window can read and search, but notes, bookmarks and imports are switched off here. Close the other window to edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="37" />
            <source>Opened read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="48" />
            <source>the file was empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="49" />
            <source>the file was not a database any more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/first_run.py" line="50" />
            <source>the integrity check failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupAnswersPanel</name>
        <message>
            <source>Groups' answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Institutions only: no names of people or other personal data. Stored on this computer as a workshop session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a group (Ctrl+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Institution, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Institution the group would involve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The group's institutions in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter adds · Alt+↑/↓ or drag orders · Delete removes · Esc back to the scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Start or pause the stage timer / five more minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the groups' answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the cooperation map / write the session record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="23" />
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="35" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="28" />
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="29" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="28" />
            <source>Move through results / open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="28" />
            <source>Down, Up, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="29" />
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="30" />
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="31" />
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="30" />
            <source>Reveal next / previous step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="30" />
            <source>Space or Right / Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="31" />
            <source>Leave full screen or the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="32" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="32" />
            <source>Delete the selected note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="32" />
            <source>Delete (in the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="34" />
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="34" />
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="34" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/shortcuts_help.py" line="45" />
            <source>Everything in the app can be done with the keyboard. Tab moves between panels; these keys work everywhere in the main window.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPack</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="31" />
            <source>A file path in it could write outside the library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="36" />
            <source>The file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="37" />
            <source>This is a folder or a device, not a content pack file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="38" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="39" />
            <source>The file is larger than a content pack may be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="40" />
            <source>The file cannot be read (check that you may open it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="41" />
            <source>This is not a content pack (it is not a ZIP archive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="42" />
            <source>The file is incomplete: it was cut off while being copied or downloaded. Copy it again from the original.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="44" />
            <source>The file is damaged. Copy it again from the original.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="46" />
            <source>It has no description file (manifest.json), so it is not a content pack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="48" />
            <source>Its description file (manifest.json) is far too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="49" />
            <source>Its description file (manifest.json) is not valid JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="50" />
            <source>Its description file (manifest.json) is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="52" />
            <source>It holds more files than a content pack may have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="53" />
            <source>A file path in it uses backslashes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="57" />
            <source>It holds folders that a content pack may not have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="58" />
            <source>It holds a file whose name is not allowed in a content pack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="59" />
            <source>It holds the same file twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="60" />
            <source>It holds a link; content packs may not contain links.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="61" />
            <source>It holds a special file instead of a plain file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="62" />
            <source>It holds an encrypted file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="63" />
            <source>It uses a compression this app does not read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="64" />
            <source>One of its files would unpack to more than a content pack file may have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="66" />
            <source>One of its files is packed suspiciously tightly; this looks like a zip bomb.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="68" />
            <source>It would unpack to more than a content pack may have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="69" />
            <source>Its files overlap inside the archive; this looks like a zip bomb.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="70" />
            <source>It holds a file that its list of files does not name (a file was added after the pack was built).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="72" />
            <source>A file named in its list of files is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="73" />
            <source>One of its files has another size than its list of files says (the pack was altered or damaged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="75" />
            <source>One of its files does not match its checksum (the pack was altered or damaged after it was built).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="77" />
            <source>Its library database cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="85" />
            <source>The import was cancelled. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="87" />
            <source>This pack was made for a newer version of the app. Update the app first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="90" />
            <source>The file changed while it was being imported. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="92" />
            <source>The library could not be written to the profile folder (is the disk full or read-only?). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="96" />
            <source>The pack was refused. {0} Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="97" />
            <source>The pack was refused: {0}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="78" />
            <source>It is in the old pack format, which carried a search index. Ask whoever made it to build it again with this version of the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="81" />
            <source>It holds a file that is not content (only documents and the library's settings may be in a pack).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="83" />
            <source>A folder entry in it carries hidden data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="84" />
            <source>Its content does not pass the same checks as 'kb-app check' (a document is broken or too large).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="86" />
            <source>Its manifest does not match its content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="87" />
            <source>Its signature file is not a signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="1" />
            <source>Your library was changed on this computer after it was imported, so it is not used. Import its content pack again, or go back to the previous library.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPackDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="228" />
            <source>The import failed: {0}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="107" />
            <source>Import content pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="109" />
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="192" />
            <source>Drop a content pack (.kbpack) here

or</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="114" />
            <source>Drop area for a content pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="115" />
            <source>&amp;Choose a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="117" />
            <source>The pack is checked completely before anything is installed. Your notes are not changed by an import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="128" />
            <source>This window is read-only (the app is open in another window), so it cannot import a pack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="155" />
            <source>Choose a content pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="156" />
            <source>Content packs (*.kbpack)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="171" />
            <source>Importing {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="172" />
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="172" />
            <source>Checking and installing {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/import_pack.py" line="195" />
            <source>Import failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You chose not to import {0}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="17" />
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="18" />
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="19" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="20" />
            <source>Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="21" />
            <source>My note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="28" />
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="29" />
            <source>Indicator sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="30" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="31" />
            <source>Workshop scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="37" />
            <source>Emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="38" />
            <source>Police</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="39" />
            <source>Coordination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="40" />
            <source>NGO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="41" />
            <source>Shelter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="42" />
            <source>Hotline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="43" />
            <source>Labour inspection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="44" />
            <source>Border guard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="45" />
            <source>Orphans' court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="46" />
            <source>Child protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="47" />
            <source>International</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="48" />
            <source>Consular help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="49" />
            <source>Legal aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="50" />
            <source>Migration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="51" />
            <source>Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="52" />
            <source>Social services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="53" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="21" />
            <source>Client handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/code_names.py" line="33" />
            <source>Client handouts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/look/doc_type_names.py" line="1" />
            <source>Scenarios</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="27" />
            <source>Library contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="30" />
            <location filename="../../kb_app/ui/search/library_panel.py" line="34" />
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="32" />
            <source>Recently viewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="33" />
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="35" />
            <source>Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="82" />
            <source>By tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="115" />
            <source>Nothing here yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="116" />
            <source>No bookmarks yet (Ctrl+D adds one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="108" />
            <source>In Latvian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="108" />
            <source>In English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="108" />
            <source>In Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/library_panel.py" line="109" />
            <source>In Ukrainian</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkHandler</name>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="52" />
            <source>Open web page?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="53" />
            <source>This link leads to the internet:

{0}

Open it in your web browser?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="82" />
            <source>Phone number {0} copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="85" />
            <source>E-mail address {0} copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/links.py" line="95" />
            <source>This link cannot be opened: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="55" />
            <source>Human trafficking knowledge base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="74" />
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="77" />
            <source>My notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="84" />
            <source>Read-only: another window of the app has this profile open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="167" />
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="186" />
            <source>◀ Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="186" />
            <source>Forward ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="186" />
            <source>My municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="187" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="187" />
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="188" />
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="188" />
            <source>☆ Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="189" />
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="233" />
            <source>This document is not in the installed library: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="361" />
            <source>Bookmarked: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="364" />
            <source>Bookmark removed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>An unfinished checklist case was kept (%n tick(s)): Ctrl+Shift+I opens it.</source>
            <translation>
                <numerusform>An unfinished checklist case was kept (%n tick): Ctrl+Shift+I opens it.</numerusform>
                <numerusform>An unfinished checklist case was kept (%n ticks): Ctrl+Shift+I opens it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been saved from this window yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/mainwindow.py" line="1" />
            <source>More commands</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MunicipalityDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="30" />
            <source>My municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="32" />
            <source>Choose the municipality you work for. Your notes on local procedures and contacts belong to it; you can change it later in Tools.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="36" />
            <source>Type to filter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="37" />
            <source>Filter municipalities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="39" />
            <source>Municipalities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="40" />
            <source>state city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/municipality.py" line="40" />
            <source>municipality</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesIO</name>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="29" />
            <source>The file {file} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="30" />
            <source>{file} is a folder, not a notes file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="31" />
            <source>The file {file} is {size_mb} MB, more than the {max_mb} MB a notes file may have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="33" />
            <source>The file {file} cannot be read (check that you may open it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="34" />
            <source>The file {file} is not UTF-8 text, so it is not a notes file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="35" />
            <source>The file {file} is not valid JSON, so it is not a notes file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="36" />
            <source>The file {file} is not valid JSON (line {line}, column {column}), so it is not a notes file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="38" />
            <source>{file} is not a notes file of this app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="39" />
            <source>The notes file {file} has no valid version number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="40" />
            <source>The notes file {file} was made by a newer version of the app (version {version}; this app reads version {supported}). Update the app first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="43" />
            <source>The notes file {file} has no list of notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="44" />
            <source>The notes could not be written to {file} (is the disk full or the folder read-only?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="50" />
            <source>It is not a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="51" />
            <source>The field '{field}' is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="52" />
            <source>The field 'id' is not a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="54" />
            <source>The field 'municipality' must be a municipality code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="55" />
            <source>The municipality '{value}' is not in the installed library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="57" />
            <source>The field 'doc_id' must be a document id or null.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="58" />
            <source>The field 'body' must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="59" />
            <source>The field 'deleted' must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="60" />
            <source>The field '{field}' must be a date and time like 2026-11-20T09:12:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="62" />
            <source>The field '{field}' has no time zone; write it like 2026-11-20T09:12:00Z (Z means UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="64" />
            <source>The field '{field}' is out of range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="65" />
            <source>Its id {value} appears earlier in the file too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="70" />
            <source>Choose your municipality first: every note belongs to one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="71" />
            <source>This note no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="72" />
            <source>This note has been deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="73" />
            <source>That is not a document id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="90" />
            <source>{file}: note {note} of {total} was refused. {reason} Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="109" />
            <source>Export notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="111" />
            <location filename="../../kb_app/ui/notes/notes_io.py" line="134" />
            <source>Notes files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="119" />
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="132" />
            <source>Import notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="141" />
            <source>Import refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="145" />
            <source>Notes imported: {0} new, {1} updated, {2} unchanged</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/notes/notes_io.py" line="24" />
            <source>%n note(s) exported to {0}</source>
            <translation>
                <numerusform>%n note exported to {0}</numerusform>
                <numerusform>%n notes exported to {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="46" />
            <source>The file {file} holds more notes than the {limit} a notes file may have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="68" />
            <source>The note {value} is {length} characters long, more than the {limit} a note may have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="70" />
            <source>The text of the note {value} holds a broken character (not valid Unicode).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="72" />
            <source>The field '{field}' ({value}) is in the future. Check the date and time of the computer that wrote the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="82" />
            <source>The note is {length} characters long, more than the {limit} a note may have. Shorten it or split it into several notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_io.py" line="84" />
            <source>The note holds a broken character (not valid Unicode); remove it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="85" />
            <source>Notes are for local procedures and contacts. Never write a client's name or other personal data here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="89" />
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="93" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="101" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="103" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="104" />
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="312" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="108" />
            <source>Show the note formatted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="110" />
            <source>Choose my municipality…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="113" />
            <source>Note text (Markdown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="114" />
            <source>Write a note: a local procedure, a contact person's office phone, what worked last time… (Markdown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="120" />
            <source>Formatted note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="123" />
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="182" />
            <source>Notes on the page of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="184" />
            <source>My notes · {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="223" />
            <source>Read-only: the app is open in another window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="238" />
            <source>Created {0} · saved {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="257" />
            <source>New note: it is saved as you type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="281" />
            <source>Saved {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="313" />
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="242" />
            <source>Read-only: nothing can be saved on this disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="252" />
            <source>(This note is too long to show: more than {0} characters. Delete it, or export your notes to keep a copy.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="274" />
            <source>Not saved yet: the last save failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="347" />
            <source>Your text is kept in a recovery draft ({0}); the app offers it back at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="350" />
            <source>Your text is only in this window: copy it somewhere safe before closing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="351" />
            <source>Not saved. {0} {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="353" />
            <source>Not saved: see the message above the page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="371" />
            <source>Your note is not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="372" />
            <source>The note you are writing could not be saved anywhere (the disk is full or read-only). Its text has been copied to the clipboard: paste it into another program or onto a USB stick before closing.

Close the app now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="100" />
            <source>New n&amp;ote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="106" />
            <source>P&amp;review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/notes_panel.py" line="1" />
            <source>(empty note)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficeSync</name>
        <message>
            <location filename="../../kb_app/ui/notes/office_sync.py" line="38" />
            <source>Notes synced with the office folder: {0} new, {1} updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/office_sync.py" line="41" />
            <source>{0} files in the folder could not be read (made by a newer app, or damaged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/office_sync.py" line="48" />
            <source>The office notes folder could not be used: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/office_sync.py" line="1" />
            <source>Another installation wrote notes under this one's id (a copied profile or computer image); its notes were merged and this installation now uses a new id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From now on the folder is synced when the app starts and when it closes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrphansDialog</name>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="62" />
            <location filename="../../kb_app/ui/notes/orphans.py" line="68" />
            <source>Notes without a document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="63" />
            <source>These notes belong to documents that the installed library no longer has. They are kept; copy what you still need, move a note to your municipality's page, or delete it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="71" />
            <source>Note text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="72" />
            <source>&amp;Copy text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="73" />
            <source>&amp;Move to my municipality page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="74" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="106" />
            <source>There are no notes without a document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="133" />
            <source>Choose your municipality first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="135" />
            <source>This note belongs to another municipality.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="143" />
            <source>Move note to the municipality page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="147" />
            <source>Note moved to the page of {0}. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="154" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="99" />
            <source>(too long to show)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="117" />
            <source>This note is too long to show. Delete it, or export your notes to keep a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/orphans.py" line="1" />
            <source>(empty note)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PageSource</name>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="43" />
            <source>updated {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="43" />
            <source>Pages that link here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="53" />
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="53" />
            <source>Preparing the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="54" />
            <source>The library is being installed; this takes a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="61" />
            <source>My municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="62" />
            <source>Your municipality's page: local documents, quick starts, and your own notes on local procedures and contacts (in the “My notes” panel).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="64" />
            <source>Start here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="64" />
            <source>Contacts: whom to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="65" />
            <source>Indicator checklist: what did you notice?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="66" />
            <source>Workshop mode for trainers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="67" />
            <source>Indicator sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="67" />
            <source>Local documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="68" />
            <source>The library has no documents specific to this municipality.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="69" />
            <source>My notes on this page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="70" />
            <source>No notes yet. Add one in the notes panel (Ctrl+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/page_source.py" line="71" />
            <source>Workshop scenarios</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="58" />
            <location filename="../../kb_app/ui/paper/printing.py" line="81" />
            <source>Export as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="60" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="74" />
            <source>Saved {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="78" />
            <source>Could not save the PDF: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="80" />
            <source>Writing {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="91" />
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="105" />
            <source>Could not save the PDF: the disk is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/paper/printing.py" line="107" />
            <source>Could not save the PDF: that folder cannot be written (read-only or no permission). Choose another folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../kb_app/ui/shared/tasks.py" line="136" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../kb_app/ui/reader/reader_view.py" line="46" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportProblemDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="52" />
            <source>Report a problem with this page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="53" />
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Document: {1} · library version {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="56" />
            <source>Do not write a client's name or anything else about a client here. The report goes to your trainer so that the page can be corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="62" />
            <source>What is wrong? For example: the phone number does not answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="63" />
            <source>What is wrong on this page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="65" />
            <source>&amp;Export reports for the trainer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="80" />
            <source>This window is read-only (the app is open in another window), so it cannot save a report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="96" />
            <source>Report not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="100" />
            <source>Report saved. Export the reports for your trainer from this dialog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="111" />
            <source>Export reports for the trainer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="112" />
            <source>Feedback files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="119" />
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="121" />
            <source>Reports exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/feedback_dialog.py" line="122" />
            <source>Reports written to {1}: {0}. Send this file to your trainer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="55" />
            <source>Search (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="56" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="58" />
            <source>Limit search to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="59" />
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="61" />
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="61" />
            <source>Indicator sets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="62" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="62" />
            <source>Scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="63" />
            <source>(only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="66" />
            <source>Number of results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="71" />
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="147" />
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="162" />
            <source>Search failed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/search/search_panel.py" line="196" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="196" />
            <source>Nothing found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="73" />
            <source>Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="74" />
            <source>Recent searches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="75" />
            <source>Recent searches (Down in the empty search field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="81" />
            <source>Did you mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="84" />
            <source>Did you mean:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="248" />
            <source>Search for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="269" />
            <source>Clear recent searches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="271" />
            <source>No recent searches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="1" />
            <source>Search in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/search/search_panel.py" line="201" />
            <source>also in %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="31" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="33" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="37" />
            <source>not chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="38" />
            <source>My municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="39" />
            <source>C&amp;hange…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="40" />
            <source>Change my municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="48" />
            <source>Text size of documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="49" />
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="54" />
            <source> steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="53" />
            <source>Text size in workshop mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="57" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="58" />
            <source>Office notes folder, synced on start and on quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="59" />
            <source>Ch&amp;oose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="61" />
            <source>Clea&amp;r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="68" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="69" />
            <source>My municipality:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="70" />
            <source>&amp;Text size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="71" />
            <source>&amp;Workshop text size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="72" />
            <source>Office notes folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="83" />
            <source>Office notes folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="77" />
            <source>Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="78" />
            <source>As the system (light or dark)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="78" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="79" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="79" />
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="68" />
            <source>Our service's name, for referral sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="69" />
            <source>e.g. the municipality's social service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="71" />
            <source>Our office's contact, printed on client handouts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="72" />
            <source>phone, address, opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="79" />
            <source>Our &amp;service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="80" />
            <source>Our office's &amp;contact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The municipality's social service, for referral sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The municipality's orphans' court, for referral sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone (and whom to ask for)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social service (&amp;phone):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orpha&amp;ns' court:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/settings_dialog.py" line="88" />
            <source>Colo&amp;urs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes are synced with this folder right after you choose it (OK), then each time the app starts and closes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageTimer</name>
        <message>
            <source>Time left in this stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶ Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start or pause the timer (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+5 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Five more minutes (+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (paused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>❚❚ Pause</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrustQuestion</name>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="24" />
            <source>The pack is not signed, so nobody vouches for its content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="25" />
            <source>The pack is signed by a publisher this app does not trust yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="27" />
            <source>The installed library was signed by another publisher; someone else may have made this pack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="29" />
            <source>The pack is older than the installed library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="30" />
            <source>The installed library has the same version but other content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="32" />
            <source>The pack's version is not a version this app can compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="34" />
            <source>A publisher key built into this app is damaged; install the app again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="36" />
            <source>The list of publishers you trust is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="37" />
            <source>The list of publishers you trust cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="39" />
            <source>The list of publishers you trust was written by a newer version of the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="42" />
            <source>Its signature does not match: the pack was changed after it was signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="44" />
            <source>Its signature is damaged or not a signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="45" />
            <source>Its signature does not say which key made it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="46" />
            <source>The publisher key it names is not a valid key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="47" />
            <source>The key file is not a valid key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="48" />
            <source>The key file is password-protected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="49" />
            <source>Other users could read the secret key file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="50" />
            <source>The key file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="51" />
            <source>The key file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="52" />
            <source>A key file of that name exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="53" />
            <source>The key could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="67" />
            <source>“{0}”, version {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="70" />
            <source>(no name given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="75" />
            <source>The content pack {0} is not signed, so this app cannot tell who made it or whether it was changed on the way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="78" />
            <source>Import it only if you received it from your trainer in person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="80" />
            <source>Do you trust this pack?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="85" />
            <source>Compare the fingerprint with the one your trainer gave you, for example by phone. The name alone proves nothing: anyone can write any name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="88" />
            <source>Do you trust this publisher for this library from now on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="98" />
            <source>Do you trust the new key for this library from now on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="100" />
            <source>The content pack {0} is older than the library you have (version {1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="103" />
            <source>Importing it replaces newer information, such as phone numbers, with older.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="105" />
            <source>Do you really want to go back to the older version?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="107" />
            <source>You already have version {0} of this library, but the content of this pack is different.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="110" />
            <source>Two packs with one version number should not differ. Ask your trainer which one is right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="113" />
            <source>Replace the library you have with this pack?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="120" />
            <source>Check before importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>The pack is another library than the one installed; importing it replaces that library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>Key fingerprint: {0}&lt;br&gt;The content pack {1} is signed with this key, which this app does not know yet. The signer calls itself &lt;b&gt;{2}&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>This pack's key: {0}&lt;br&gt;Your library's key: {1}&lt;br&gt;&lt;b&gt;The content pack {2} is signed by another key than your library.&lt;/b&gt; The signer calls itself &lt;b&gt;{3}&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>This is not a new publisher: someone else may be passing off their own content as your library. Import it only if your trainer told you, in person or by phone, that the key changed, and the new key is the one above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>The content pack {0} is another library than the one you have (“{1}”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>Importing it replaces your library with this one; your notes stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/dialogs/trust_question.py" line="1" />
            <source>Replace your library with this one?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopKitDialog</name>
        <message>
            <source>Prepare a workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group cards (situation and questions, without the solution), the trainer's sheet and role cards, as three PDF files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios for the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for the kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Groups:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Write the kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scenarios (Space ticks):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one scenario.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder that exists (or a new one inside it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the kit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop kit written to {0}: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopLab</name>
        <message>
            <source>Groups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the groups' answers (G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export map…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the cooperation map as PNG or SVG (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the session's one-page record as PDF (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector text size (P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Named by both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the model, missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added by the group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the cooperation map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the groups' answers first (G).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The groups beside the model</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopWindow</name>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="56" />
            <source>Workshop mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="62" />
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="79" />
            <source>Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="65" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="66" />
            <source>◀ Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="67" />
            <source>Hide the last step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="68" />
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="69" />
            <source>Reveal the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="70" />
            <source>Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="72" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="152" />
            <source>Press Space for the next part (%n more).</source>
            <translation>
                <numerusform>Press Space for the next part (%n more).</numerusform>
                <numerusform>Press Space for the next part (%n more).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="157" />
            <source>Part {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="1" />
            <source>The library has no workshop scenarios.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/workshop/workshop_window.py" line="1" />
            <source>Scenario:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Degraded</name>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="16" />
            <source>Read-only: this profile's folder cannot be written (a write-protected USB stick, or no permission on this computer). You can read, search, print and export to another disk; notes, bookmarks and imports are switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="20" />
            <source>Read-only: the disk is full, so nothing can be saved. You can read, search, print and export to another disk; notes, bookmarks and imports are switched off. Free some space and start the app again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="25" />
            <source>Read-only: the disk refuses to save anything. You can read, search, print and export to another disk; notes, bookmarks and imports are switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="1" />
            <source>Not verified: this content pack is not signed, so anyone may have written or changed what it says. Check phone numbers and advice against a library you trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="1" />
            <source>Not verified: this content pack is signed with key {0}, which this app does not trust. Anyone may have written or changed what it says.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DegradedBanner</name>
        <message>
            <location filename="../../kb_app/ui/window/degraded.py" line="36" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="47" />
            <source>(empty note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="49" />
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="64" />
            <source>Unsaved note found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="50" />
            <source>A note you wrote on {0} could not be saved then:

“{1}”

Save it now as a note? Discard throws the text away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="55" />
            <source>Save the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="56" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/notes/recovered_drafts.py" line="57" />
            <source>Ask me later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContentsButton</name>
        <message>
            <location filename="../../kb_app/ui/reader/toc.py" line="39" />
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/toc.py" line="40" />
            <source>Contents of this page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/toc.py" line="41" />
            <source>Contents of this page (Ctrl+J)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="33" />
            <location filename="../../kb_app/ui/reader/find_bar.py" line="34" />
            <source>Find in page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="37" />
            <source>Matches in page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="38" />
            <source>Previous match (Shift+F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="39" />
            <source>Next match (F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="40" />
            <source>Close find in page (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="43" />
            <source>Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="118" />
            <source>No matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/reader/find_bar.py" line="120" />
            <source>{0} of {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../kb_app/ui/shared/qt_strings.py" line="14" />
            <source>&amp;Look in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../kb_app/ui/shared/qt_strings.py" line="15" />
            <source>Files of &amp;type:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <location filename="../../kb_app/ui/look/widgets.py" line="29" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../kb_app/ui/paper/desk_sheets.py" line="29" />
            <location filename="../../kb_app/ui/paper/desk_sheets.py" line="36" />
            <source>Referral sheet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UndoImport</name>
        <message>
            <source>Undo last import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This window cannot change the library (it is read-only or reads a pack directly). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no earlier library to go back to. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the library before the last import ({0})?

Your notes are not changed. Importing the newer pack again undoes this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not go back: {0}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to {0}. Your notes are unchanged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedNotice</name>
        <message>
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder of the saved file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
