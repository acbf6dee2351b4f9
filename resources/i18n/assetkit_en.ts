<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="121"/>
        <location filename="../../assetkit/gui/export_dialog.py" line="177"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="136"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="137"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="139"/>
        <source>Druckprofil</source>
        <translation>Print preset</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="140"/>
        <source>Standard (Bildschirm-PDF)</source>
        <translation>Standard (screen PDF)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="143"/>
        <source>&amp;Druckprofil:</source>
        <translation>&amp;Print preset:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="145"/>
        <source>Auflösung</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="146"/>
        <source>150 dpi (Bildschirm, Büro)</source>
        <translation>150 dpi (screen, office)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="147"/>
        <source>300 dpi (Druck)</source>
        <translation>300 dpi (print)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="148"/>
        <source>&amp;Auflösung:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="150"/>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="151"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="156"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="158"/>
        <source>Dateiname</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="159"/>
        <source>Datei&amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="160"/>
        <source>Alle Formate dieser Vorlagenfamilie (%1 Dateien)</source>
        <translation>All formats of this template family (%1 files)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="171"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="179"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="226"/>
        <source>Wird gespeichert als: %1</source>
        <translation>Will be saved as: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="229"/>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="239"/>
        <source>Der Ordner %1 existiert nicht.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="247"/>
        <source>Exportiere…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="254"/>
        <source>Exportiere %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="262"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="265"/>
        <source>%1 Datei(en) gespeichert.</source>
        <translation>%1 file(s) saved.</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="100"/>
        <source>Texte</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="111"/>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="145"/>
        <source>Kommt aus dem Dienststellenprofil; hier geändert gilt es nur für dieses Projekt.</source>
        <translation>Comes from the office profile; a change here applies to this project only.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="175"/>
        <location filename="../../assetkit/gui/fields.py" line="176"/>
        <source>Datum aus dem Kalender wählen</source>
        <translation>Pick a date from the calendar</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="242"/>
        <source>Der Text passt nicht ins Feld; bitte kürzen.</source>
        <translation>The text does not fit its field; please shorten it.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="245"/>
        <source>Einige Zeichen gibt es in der Schrift nicht.</source>
        <translation>Some characters are missing from the font.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="62"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="104"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="111"/>
        <source>Inhalte</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="131"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="132"/>
        <source>Neues Projekt mit der gewählten Vorlage</source>
        <translation>New project with the selected template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="133"/>
        <source>Ö&amp;ffnen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="134"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="135"/>
        <source>Speichern &amp;unter…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="137"/>
        <source>&amp;Exportieren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="139"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="140"/>
        <location filename="../../assetkit/gui/main_window.py" line="309"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="141"/>
        <location filename="../../assetkit/gui/main_window.py" line="310"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="143"/>
        <source>&amp;Foto wählen…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="145"/>
        <source>&amp;Dienststellenprofil…</source>
        <translation>&amp;Office profile…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="146"/>
        <source>&amp;Einpassen</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="147"/>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="149"/>
        <source>Ver&amp;größern</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="151"/>
        <source>Ver&amp;kleinern</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="153"/>
        <source>&amp;Beschnittzugabe zeigen</source>
        <translation>Show &amp;bleed</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="154"/>
        <source>Endformat-&amp;Rahmen zeigen</source>
        <translation>Show &amp;trim box</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="155"/>
        <source>&amp;Sicherheitsabstand zeigen</source>
        <translation>Show &amp;safe zone</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="159"/>
        <source>&amp;Vollbild</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="162"/>
        <source>&amp;Logo aufbringen…</source>
        <translation>Apply &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="163"/>
        <source>&amp;Serienproduktion…</source>
        <translation>&amp;Batch production…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="164"/>
        <source>&amp;Word-Vorlagen…</source>
        <translation>&amp;Word templates…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="167"/>
        <source>Ü&amp;ber assetkit</source>
        <translation>&amp;About assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="171"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="173"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="180"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="186"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="194"/>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="197"/>
        <source>Wie das System</source>
        <translation>Same as system</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="203"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="205"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="210"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="283"/>
        <source>%1 Hinweis(e): %2</source>
        <translation>%1 note(s): %2</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="286"/>
        <source>Foto mit zu geringer Auflösung</source>
        <translation>Photo resolution too low</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="287"/>
        <source>Bereit</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="289"/>
        <source>Vorschau %1 ms</source>
        <translation>Preview %1 ms</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="293"/>
        <source>Vorschau nicht möglich: %1</source>
        <translation>Preview not possible: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="317"/>
        <source>Vorlage wechseln</source>
        <translation>Change template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="320"/>
        <source>Text „%1“</source>
        <translation>Text “%1”</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="322"/>
        <source>Bildausschnitt</source>
        <translation>Photo crop</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="324"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="344"/>
        <source>Foto wählen</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="345"/>
        <source>Fotos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="355"/>
        <source>Foto nicht lesbar</source>
        <translation>Photo cannot be read</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="369"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="370"/>
        <source>Möchten Sie die Änderungen am Projekt speichern?</source>
        <translation>Do you want to save the changes to the project?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="386"/>
        <source>Projekt öffnen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="395"/>
        <source>Projekt kann nicht geöffnet werden</source>
        <translation>Project cannot be opened</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="411"/>
        <source>Projekt speichern</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="424"/>
        <source>Speichern nicht möglich</source>
        <translation>Saving not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="425"/>
        <source>Ihre Arbeit ist nicht verloren; bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Your work is not lost; please choose another location.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="429"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="438"/>
        <source>assetkit-Projekte (*%1)</source>
        <translation>assetkit projects (*%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="462"/>
        <source>Unbenannt</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="473"/>
        <source>Projekt wiederherstellen</source>
        <translation>Recover project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="474"/>
        <source>assetkit wurde zuletzt nicht richtig beendet. Soll das automatisch gesicherte Projekt vom %1 wiederhergestellt werden?</source>
        <translation>assetkit did not shut down properly last time. Recover the project saved automatically on %1?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="477"/>
        <source>Wiederherstellen</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="478"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="491"/>
        <source>Wiederherstellen nicht möglich</source>
        <translation>Recovery not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="493"/>
        <source>Projekt wiederhergestellt.</source>
        <translation>Project recovered.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="521"/>
        <source>Dienststellenprofil nicht gespeichert</source>
        <translation>Office profile not saved</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="527"/>
        <source>Über assetkit</source>
        <translation>About assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="528"/>
        <source>&lt;b&gt;assetkit %1&lt;/b&gt;&lt;br&gt;Kampagnenmaterial „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ offline gestalten.</source>
        <translation>&lt;b&gt;assetkit %1&lt;/b&gt;&lt;br&gt;Create material for the campaign “Kommunale Jobcenter – Stark. Sozial. Vor Ort.” offline.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="533"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="534"/>
        <source>Die Sprache wird beim nächsten Start von assetkit gewechselt.</source>
        <translation>The language changes the next time assetkit starts.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="29"/>
        <source>Dienststellenprofil</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="32"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="32"/>
        <source>Name der Dienststelle</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="33"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="33"/>
        <source>Postleitzahl</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="34"/>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="34"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="34"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="35"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="35"/>
        <source>Internet</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="36"/>
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="36"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="37"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="37"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="47"/>
        <source>z. B. Jobcenter Musterkreis</source>
        <translation>e.g. Jobcenter Musterkreis</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="51"/>
        <source>Importieren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="52"/>
        <source>Ein Profil laden, das eine Kollegin oder ein Kollege exportiert hat</source>
        <translation>Load a profile a colleague has exported</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="54"/>
        <source>Exportieren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="55"/>
        <source>Das Profil als Datei speichern, um es weiterzugeben</source>
        <translation>Save the profile as a file to share it</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="79"/>
        <source>Dienststellenprofil importieren</source>
        <translation>Import office profile</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="80"/>
        <location filename="../../assetkit/gui/office_dialog.py" line="91"/>
        <source>Dienststellenprofil (*.toml)</source>
        <translation>Office profile (*.toml)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="86"/>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="89"/>
        <source>Dienststellenprofil exportieren</source>
        <translation>Export office profile</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_dialog.py" line="97"/>
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="82"/>
        <source>Vorlagen durchsuchen…</source>
        <translation>Search templates…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="83"/>
        <source>Vorlagen durchsuchen</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="92"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="105"/>
        <source>Druck</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="105"/>
        <source>Social Media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="106"/>
        <source>Büro &amp; Formulare</source>
        <translation>Office &amp; Forms</translation>
    </message>
</context>
<context>
    <name>_PhotoBox</name>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="267"/>
        <source>Foto wählen…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="268"/>
        <source>Foto wählen für %1</source>
        <translation>Choose photo for %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="270"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="271"/>
        <source>Foto entfernen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="277"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="280"/>
        <source>Zoom des Fotos</source>
        <translation>Photo zoom</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="287"/>
        <source>Im Vorschaubild ziehen verschiebt das Foto, ein Klick setzt den Bildmittelpunkt, Alt+Mausrad zoomt.</source>
        <translation>Drag in the preview to move the photo, click to set its focal point, Alt+wheel zooms.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="302"/>
        <source>Kein Foto gewählt – Foto hierher ziehen oder wählen.</source>
        <translation>No photo chosen – drop a photo here or choose one.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="318"/>
        <source>%1 × %2 px, %3 ppi im Druck</source>
        <translation>%1 × %2 px, %3 ppi in print</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="321"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="323"/>
        <source>Auflösung zu gering, das Foto wird unscharf.</source>
        <translation>Resolution too low, the photo will look blurred.</translation>
    </message>
</context>
</TS>
