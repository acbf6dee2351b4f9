<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="127"/>
        <source>Serienproduktion</source>
        <translation>Batch production</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="156"/>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="160"/>
        <source>Datendatei</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="161"/>
        <source>CSV- oder Excel-Datei wählen…</source>
        <translation>Choose a CSV or Excel file…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="162"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="162"/>
        <source>Datei &amp;wählen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="168"/>
        <source>Zeichensatz</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="169"/>
        <location filename="../../assetkit/gui/batch_dialog.py" line="174"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="173"/>
        <source>Trennzeichen</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="175"/>
        <source>Semikolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="175"/>
        <source>Komma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="176"/>
        <source>Tabulator</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="176"/>
        <source>Strich |</source>
        <translation>Bar |</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="179"/>
        <source>Zeichensatz:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="182"/>
        <source>Trennzeichen:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="189"/>
        <source>Spalten → Felder</source>
        <translation>Columns → fields</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="193"/>
        <source>Formate</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="203"/>
        <source>Druckprofil</source>
        <translation>Print profile</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="204"/>
        <source>Standard-PDF (ohne Druckprofil)</source>
        <translation>Standard PDF (no print profile)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="209"/>
        <source>Druckprofil für Druckformate:</source>
        <translation>Print profile for print formats:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="213"/>
        <source>Ausgabe</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="216"/>
        <source>Zielordner</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="217"/>
        <source>neben der Datendatei</source>
        <translation>beside the data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="218"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="218"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="220"/>
        <source>Dateinamen-Muster</source>
        <translation>File name pattern</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="221"/>
        <source>Platzhalter: {office}, {template}, {row}, {preset}, {format} und jede Spalte als {Spaltenname}</source>
        <translation>Placeholders: {office}, {template}, {row}, {preset}, {format} and any column as {column name}</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="225"/>
        <source>Dateinamen:</source>
        <translation>File names:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="226"/>
        <source>Fertige Dateien überspringen (fortsetzen)</source>
        <translation>Skip finished files (resume)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="227"/>
        <source>Zusätzlich alle Dateien als ZIP</source>
        <translation>Also put all files in a ZIP</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="232"/>
        <location filename="../../assetkit/gui/batch_dialog.py" line="235"/>
        <source>Vorschau der ersten Zeilen</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="250"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="256"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="261"/>
        <source>&amp;Starten</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="263"/>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="265"/>
        <source>Ordner &amp;öffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="299"/>
        <source>Datendatei wählen</source>
        <translation>Choose data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="300"/>
        <source>Tabellen (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="340"/>
        <source>Zielordner wählen</source>
        <translation>Choose output folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="357"/>
        <source>Bitte mindestens ein Format wählen.</source>
        <translation>Please choose at least one format.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="364"/>
        <source>Gelesen als: %1 · %2 Spalten</source>
        <translation>Read as: %1 · %2 columns</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="418"/>
        <source>— keine Spalte (Mustertext) —</source>
        <translation>— no column (sample text) —</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="439"/>
        <source>%1 Datenzeilen × %2 Formate = %3 Dateien nach %4</source>
        <translation>%1 data rows × %2 formats = %3 files to %4</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="444"/>
        <source>Dienststelle aus den Spalten: %1</source>
        <translation>Office from the columns: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="452"/>
        <source>Zeile %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="510"/>
        <source>Starte…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="518"/>
        <source>Wird abgebrochen; laufende Dateien werden fertig…</source>
        <translation>Cancelling; files in progress are being finished…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="525"/>
        <source>%1 von %2 Dateien</source>
        <translation>%1 of %2 files</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="527"/>
        <source>%1 Dateien/s</source>
        <translation>%1 files/s</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="529"/>
        <source>noch etwa %1</source>
        <translation>about %1 left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="531"/>
        <source>%n fehlgeschlagen</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="542"/>
        <source>Serienproduktion fehlgeschlagen: %1</source>
        <translation>Batch production failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="547"/>
        <source>%n Datei(en) erstellt</source>
        <translation>
            <numerusform>%n file created</numerusform>
            <numerusform>%n files created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="549"/>
        <source>%n übersprungen (schon fertig)</source>
        <translation>
            <numerusform>%n skipped (already done)</numerusform>
            <numerusform>%n skipped (already done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="551"/>
        <source>%n Zeile(n) fehlgeschlagen</source>
        <translation>
            <numerusform>%n row failed</numerusform>
            <numerusform>%n rows failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="553"/>
        <source>abgebrochen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="556"/>
        <source>in %1.</source>
        <translation>in %1.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="558"/>
        <source>Zeile %1 · %2: %3</source>
        <translation>Row %1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="560"/>
        <source>Zeile %1 · %2 (Hinweis): %3</source>
        <translation>Row %1 · %2 (note): %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="184"/>
        <location filename="../../assetkit/gui/export_dialog.py" line="247"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="206"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="207"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="209"/>
        <source>Druckprofil</source>
        <translation>Print preset</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="210"/>
        <source>Standard (Bildschirm-PDF)</source>
        <translation>Standard (screen PDF)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="213"/>
        <source>&amp;Druckprofil:</source>
        <translation>&amp;Print preset:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="215"/>
        <source>Auflösung</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="216"/>
        <source>150 dpi (Bildschirm, Büro)</source>
        <translation>150 dpi (screen, office)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="217"/>
        <source>300 dpi (Druck)</source>
        <translation>300 dpi (print)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="218"/>
        <source>&amp;Auflösung:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="220"/>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="221"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="221"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="223"/>
        <source>Dateiname</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="224"/>
        <source>Datei&amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="225"/>
        <source>Alle Formate dieser Vorlagenfamilie (%1 Dateien)</source>
        <translation>All formats of this template family (%1 files)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="237"/>
        <source>Prüfergebnisse für diesen Export</source>
        <translation>Check results for this export</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="241"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="251"/>
        <source>Die Datei trotz der Fehler der Prüfung schreiben</source>
        <translation>Write the file despite the check's errors</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="253"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="306"/>
        <source>Wird gespeichert als: %1</source>
        <translation>Will be saved as: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="309"/>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="344"/>
        <source>Prüfung nicht möglich: %1</source>
        <translation>Check not possible: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="349"/>
        <source>%n Fehler der Prüfung: so wird nicht exportiert. Text oder Foto anpassen, oder mit „Trotzdem exportieren“ die Datei dennoch schreiben.</source>
        <translation>
            <numerusform>%n check error: not exported like this. Adjust text or photo, or write the file anyway with “Export anyway”.</numerusform>
            <numerusform>%n check errors: not exported like this. Adjust text or photo, or write the file anyway with “Export anyway”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="377"/>
        <source>Der Ordner %1 existiert nicht.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="388"/>
        <source>Prüfe vor dem Export…</source>
        <translation>Checking before export…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="399"/>
        <source>Nicht exportiert; die vorhandenen Dateien sind unverändert.</source>
        <translation>Not exported; the existing files are unchanged.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="408"/>
        <source>Exportiere…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="452"/>
        <source>%n Datei(en) gespeichert.</source>
        <translation>
            <numerusform>%n file saved.</numerusform>
            <numerusform>%n files saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="454"/>
        <source>Trotz %n Fehler der Prüfung exportiert.</source>
        <translation>
            <numerusform>Exported despite %n check error.</numerusform>
            <numerusform>Exported despite %n check errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="392"/>
        <source>Export abgebrochen: %n Fehler der Prüfung; es wurde nichts gespeichert.</source>
        <translation>
            <numerusform>Export cancelled: %n error found by the check; nothing was saved.</numerusform>
            <numerusform>Export cancelled: %n errors found by the check; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="415"/>
        <source>Die Datei „%1“ gibt es schon. Soll sie ersetzt werden?</source>
        <translation>The file “%1” already exists. Replace it?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="419"/>
        <source>%n Dateien gibt es schon (%1). Sollen sie ersetzt werden?</source>
        <translation>
            <numerusform>%n file already exists (%1). Replace it?</numerusform>
            <numerusform>%n files already exist (%1). Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="421"/>
        <source>Datei ersetzen?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="423"/>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="440"/>
        <source>Exportiere %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="449"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="249"/>
        <source>Trotzdem exportieren</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="424"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="120"/>
        <source>Texte</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="131"/>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="165"/>
        <source>Kommt aus dem Dienststellenprofil; hier geändert gilt es nur für dieses Projekt.</source>
        <translation>Comes from the office profile; a change here applies to this project only.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="189"/>
        <source>Platz in „%1“</source>
        <translation>Room in “%1”</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="206"/>
        <location filename="../../assetkit/gui/fields.py" line="207"/>
        <source>Datum aus dem Kalender wählen</source>
        <translation>Pick a date from the calendar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/fields.py" line="292"/>
        <source>%n Zeichen zu lang</source>
        <translation>
            <numerusform>%n character too long</numerusform>
            <numerusform>%n characters too long</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="295"/>
        <source>Das Feld ist voll.</source>
        <translation>The field is full.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/fields.py" line="298"/>
        <source>noch etwa %n Zeichen</source>
        <translation>
            <numerusform>about %n character left</numerusform>
            <numerusform>about %n characters left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="307"/>
        <source>Der Text passt nicht ins Feld; bitte kürzen.</source>
        <translation>The text does not fit its field; please shorten it.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="310"/>
        <source>Einige Zeichen gibt es in der Schrift nicht.</source>
        <translation>Some characters are missing from the font.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="40"/>
        <location filename="../../assetkit/gui/findings_panel.py" line="83"/>
        <source>Prüfung läuft…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="43"/>
        <source>Prüfergebnisse</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="98"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="98"/>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="99"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="104"/>
        <source>Keine Befunde: die Gestaltung entspricht den Regeln.</source>
        <translation>No findings: the design follows the rules.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="109"/>
        <source>%n Fehler</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="111"/>
        <source>%n Warnung(en)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="113"/>
        <source>%n Hinweis(e)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="74"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="123"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="130"/>
        <source>Inhalte</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="135"/>
        <location filename="../../assetkit/gui/main_window.py" line="324"/>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="157"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="158"/>
        <source>Neues Projekt mit der gewählten Vorlage</source>
        <translation>New project with the selected template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="159"/>
        <source>Ö&amp;ffnen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="160"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="161"/>
        <source>Speichern &amp;unter…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="163"/>
        <source>&amp;Exportieren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="165"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="166"/>
        <location filename="../../assetkit/gui/main_window.py" line="374"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="167"/>
        <location filename="../../assetkit/gui/main_window.py" line="375"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="169"/>
        <source>&amp;Foto wählen…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="171"/>
        <source>&amp;Dienststellenprofil…</source>
        <translation>&amp;Office profile…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="172"/>
        <source>&amp;Einpassen</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="173"/>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="175"/>
        <source>Ver&amp;größern</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="177"/>
        <source>Ver&amp;kleinern</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="179"/>
        <source>&amp;Beschnittzugabe zeigen</source>
        <translation>Show &amp;bleed</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="180"/>
        <source>Endformat-&amp;Rahmen zeigen</source>
        <translation>Show &amp;trim box</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="181"/>
        <source>&amp;Sicherheitsabstand zeigen</source>
        <translation>Show &amp;safe zone</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="185"/>
        <source>&amp;Vollbild</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="188"/>
        <source>&amp;Logo aufbringen…</source>
        <translation>Apply &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="189"/>
        <source>Das Kampagnenlogo auf PDFs, Bilder und Word-Formulare setzen</source>
        <translation>Put the campaign logo on PDFs, images and Word forms</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="191"/>
        <source>&amp;Serienproduktion…</source>
        <translation>&amp;Batch production…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="192"/>
        <source>Aus einer CSV- oder Excel-Tabelle eine Datei je Zeile und Format erstellen</source>
        <translation>Make one file per row and format from a CSV or Excel table</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="194"/>
        <source>&amp;Word-Vorlagen…</source>
        <translation>&amp;Word templates…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="195"/>
        <source>Brief- und Formularvorlagen für Word erstellen</source>
        <translation>Create letter and form templates for Word</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="196"/>
        <source>Ü&amp;ber assetkit</source>
        <translation>&amp;About assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="200"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="202"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="209"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="215"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="224"/>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="227"/>
        <source>Wie das System</source>
        <translation>Same as system</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="233"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="235"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="240"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="337"/>
        <source>Foto mit zu geringer Auflösung</source>
        <translation>Photo resolution too low</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="338"/>
        <source>Bereit</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="315"/>
        <source>Vorschau %1 ms</source>
        <translation>Preview %1 ms</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="323"/>
        <source>Prüfung (%1)</source>
        <translation>Check (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/main_window.py" line="334"/>
        <source>%n Befund(e): %1</source>
        <translation>
            <numerusform>%n finding: %1</numerusform>
            <numerusform>%n findings: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="358"/>
        <source>Vorschau nicht möglich: %1</source>
        <translation>Preview not possible: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="382"/>
        <source>Vorlage wechseln</source>
        <translation>Change template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="385"/>
        <source>Text „%1“</source>
        <translation>Text “%1”</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="387"/>
        <source>Bildausschnitt</source>
        <translation>Photo crop</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="389"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="409"/>
        <source>Foto wählen</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="410"/>
        <source>Fotos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="420"/>
        <source>Foto nicht lesbar</source>
        <translation>Photo cannot be read</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="434"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="435"/>
        <source>Möchten Sie die Änderungen am Projekt speichern?</source>
        <translation>Do you want to save the changes to the project?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="451"/>
        <source>Projekt öffnen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="461"/>
        <source>Projekt kann nicht geöffnet werden</source>
        <translation>Project cannot be opened</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="477"/>
        <source>Projekt speichern</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="490"/>
        <source>Speichern nicht möglich</source>
        <translation>Saving not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="491"/>
        <source>Ihre Arbeit ist nicht verloren; bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Your work is not lost; please choose another location.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="495"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="504"/>
        <source>assetkit-Projekte (*%1)</source>
        <translation>assetkit projects (*%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="528"/>
        <source>Unbenannt</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="539"/>
        <source>Projekt wiederherstellen</source>
        <translation>Recover project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="540"/>
        <source>assetkit wurde zuletzt nicht richtig beendet. Soll das automatisch gesicherte Projekt vom %1 wiederhergestellt werden?</source>
        <translation>assetkit did not shut down properly last time. Recover the project saved automatically on %1?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="543"/>
        <source>Wiederherstellen</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="544"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="557"/>
        <source>Wiederherstellen nicht möglich</source>
        <translation>Recovery not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="559"/>
        <source>Projekt wiederhergestellt.</source>
        <translation>Project recovered.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="605"/>
        <source>Dienststellenprofil nicht gespeichert</source>
        <translation>Office profile not saved</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="651"/>
        <source>Über assetkit</source>
        <translation>About assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="652"/>
        <source>&lt;b&gt;assetkit %1&lt;/b&gt;&lt;br&gt;Kampagnenmaterial „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ offline gestalten.</source>
        <translation>&lt;b&gt;assetkit %1&lt;/b&gt;&lt;br&gt;Create material for the campaign “Kommunale Jobcenter – Stark. Sozial. Vor Ort.” offline.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="657"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="658"/>
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
    <name>StampDialog</name>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="140"/>
        <source>Logo aufbringen</source>
        <translation>Apply logo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="156"/>
        <source>Das Kampagnenlogo wird auf PDFs, Bilder und Word-Formulare gesetzt. Die Originale bleiben unverändert: jede Ausgabe ist eine neue Datei mit der Endung „_kampagne“.</source>
        <translation>The campaign logo is put on PDFs, images and Word forms. The originals stay unchanged: every output is a new file ending in “_kampagne”.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="169"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="174"/>
        <source>Ergebnis je Datei</source>
        <translation>Result per file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="175"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="175"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="175"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="183"/>
        <source>Alle stempeln</source>
        <translation>Stamp all</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="185"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="187"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="211"/>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="213"/>
        <source>Dateien</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="218"/>
        <source>Dateien hinzufügen…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="220"/>
        <source>Ordner hinzufügen…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="222"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="227"/>
        <source>PDFs, Bilder (PNG, JPEG, WebP, TIFF) und Word-Formulare (.docx); auch per Drag &amp; Drop.</source>
        <translation>PDFs, images (PNG, JPEG, WebP, TIFF) and Word forms (.docx); drag and drop works too.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="236"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="239"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="240"/>
        <source>Automatisch (freie Stelle)</source>
        <translation>Automatic (free space)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="241"/>
        <source>Oben rechts</source>
        <translation>Top right</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="241"/>
        <source>Oben links</source>
        <translation>Top left</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="242"/>
        <source>Unten rechts</source>
        <translation>Bottom right</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="243"/>
        <source>Unten links</source>
        <translation>Bottom left</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="244"/>
        <source>Kopfzeile (Mitte)</source>
        <translation>Header (centre)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="245"/>
        <source>Fußzeile (Mitte)</source>
        <translation>Footer (centre)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="247"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="249"/>
        <source>Seiten</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="250"/>
        <source>Alle Seiten</source>
        <translation>All pages</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="250"/>
        <source>Erste Seite</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="251"/>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="254"/>
        <source>Seitenbereich</source>
        <translation>Page range</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="255"/>
        <source>z. B. 2-4</source>
        <translation>e.g. 2-4</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="260"/>
        <source>S&amp;eiten:</source>
        <translation>Pa&amp;ges:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="262"/>
        <source>Variante</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="263"/>
        <source>Automatisch (nach Helligkeit)</source>
        <translation>Automatic (by brightness)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="264"/>
        <source>Farbig</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="264"/>
        <source>Schwarz</source>
        <translation>Black</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="265"/>
        <source>Weiß</source>
        <translation>White</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="267"/>
        <source>&amp;Variante:</source>
        <translation>&amp;Variant:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="269"/>
        <source>Logobreite auf PDF-Seiten</source>
        <translation>Logo width on PDF pages</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="275"/>
        <source>Im automatischen Modus die größte Breite; passt sie nicht, wird das Logo bis zur Mindestbreite verkleinert.</source>
        <translation>In automatic mode the largest width; if it does not fit, the logo shrinks down to its minimum width.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="277"/>
        <source>&amp;Breite (PDF):</source>
        <translation>&amp;Width (PDF):</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="279"/>
        <source>Logobreite auf Bildern</source>
        <translation>Logo width on images</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="283"/>
        <source>Anteil an der kürzeren Bildseite</source>
        <translation>Share of the shorter image side</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="284"/>
        <source>Breite (B&amp;ilder):</source>
        <translation>Width (&amp;images):</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="286"/>
        <source>Kennwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="288"/>
        <source>nur für verschlüsselte PDFs</source>
        <translation>only for encrypted PDFs</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="289"/>
        <source>&amp;Kennwort:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="292"/>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="293"/>
        <source>neben den Originalen (Name_kampagne.pdf)</source>
        <translation>next to the originals (name_kampagne.pdf)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="295"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="300"/>
        <source>&amp;Ausgabe:</source>
        <translation>&amp;Output:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="321"/>
        <source>Seitenvorschau</source>
        <translation>Page preview</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="323"/>
        <source>Seite</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="324"/>
        <source>Seite </source>
        <translation>Page </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="366"/>
        <source>%1 (Ordner, %2 Dateien)</source>
        <translation>%1 (folder, %2 files)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="379"/>
        <source>Nicht unterstützt: %1</source>
        <translation>Not supported: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="388"/>
        <source>Dateien wählen</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="389"/>
        <source>PDFs, Bilder und Word-Formulare (%1)</source>
        <translation>PDFs, images and Word forms (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="393"/>
        <source>Ordner wählen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="452"/>
        <source>Dateien hinzufügen oder hierher ziehen, um die Vorschau zu sehen.</source>
        <translation>Add files or drag them here to see the preview.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="458"/>
        <source>%1

Word-Dokument: keine Seitenvorschau. Das Logo kommt in die Kopfzeile jedes Abschnitts (oben rechts oder oben links).</source>
        <translation>%1

Word document: no page preview. The logo goes into the header of every section (top right or top left).</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="471"/>
        <source>Vorschau wird berechnet…</source>
        <translation>Preparing preview…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="482"/>
        <source>von %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="500"/>
        <source>Diese Seite wird nicht gestempelt (nicht ausgewählt).</source>
        <translation>This page is not stamped (not selected).</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="502"/>
        <source>Kein Logo auf dieser Seite: %1</source>
        <translation>No logo on this page: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/stamp_dialog.py" line="507"/>
        <source>Logo auf %1 von %n ausgewählten Seite(n).</source>
        <translation>
            <numerusform>Logo on %1 of %n selected page.</numerusform>
            <numerusform>Logo on %1 of %n selected pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="516"/>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="553"/>
        <source>Stemple…</source>
        <translation>Stamping…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="559"/>
        <source>Wird abgebrochen…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="562"/>
        <source>gestempelt</source>
        <translation>stamped</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="562"/>
        <source>übersprungen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="563"/>
        <source>fehlgeschlagen</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="581"/>
        <source>Stemple… %1 von %2</source>
        <translation>Stamping… %1 of %2</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="588"/>
        <source>Stempeln nicht möglich: %1</source>
        <translation>Stamping not possible: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/stamp_dialog.py" line="596"/>
        <source>%1 gestempelt, %2 übersprungen, %3 fehlgeschlagen. Die Originale sind unverändert.</source>
        <translation>%1 stamped, %2 skipped, %3 failed. The originals are unchanged.</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="100"/>
        <source>Vorlagen durchsuchen…</source>
        <translation>Search templates…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="101"/>
        <source>Vorlagen durchsuchen</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="110"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="123"/>
        <source>Druck</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="123"/>
        <source>Social Media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="124"/>
        <source>Büro &amp; Formulare</source>
        <translation>Office &amp; Forms</translation>
    </message>
</context>
<context>
    <name>WordDialog</name>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="74"/>
        <source>Word-Vorlagen</source>
        <translation>Word templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="82"/>
        <source>Vorlagen für Word und LibreOffice Writer mit Kampagnenkopf, Kontaktblock und Fußzeile aus dem Dienststellenprofil.</source>
        <translation>Templates for Word and LibreOffice Writer with the campaign header, contact block and footer from the office profile.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="85"/>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="86"/>
        <source>&amp;Briefvorlage (DIN 5008)</source>
        <translation>&amp;Letter template (DIN 5008)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="87"/>
        <source>Briefkopf mit Logo, Anschriftfeld, Informationsblock, Falz- und Lochmarken</source>
        <translation>Letterhead with logo, address field, information block, fold and punch marks</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="89"/>
        <source>&amp;Formularkopf</source>
        <translation>&amp;Form header</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="90"/>
        <source>Kampagnenkopf auf jeder Seite, Feldtabelle, Unterschriftszeilen</source>
        <translation>Campaign header on every page, field table, signature lines</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="98"/>
        <source>Dateiart</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="99"/>
        <source>Word-&amp;Vorlage (.dotx) – neue Dokumente per Doppelklick</source>
        <translation>Word &amp;template (.dotx) – new documents by double-click</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="100"/>
        <source>Word-&amp;Dokument (.docx)</source>
        <translation>Word &amp;document (.docx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="109"/>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="112"/>
        <source>Dienststellenprofil &amp;bearbeiten…</source>
        <translation>&amp;Edit office profile…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="123"/>
        <source>&amp;Speichern unter…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="125"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="161"/>
        <source>Das Dienststellenprofil ist noch leer. Bitte tragen Sie mindestens den Namen der Dienststelle ein; Anschrift und Kontakt erscheinen im Briefkopf.</source>
        <translation>The office profile is still empty. Please enter at least the name of the office; address and contact appear in the letterhead.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="168"/>
        <source>Briefvorlage</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="168"/>
        <source>Formular</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="175"/>
        <source>Word-Vorlage speichern</source>
        <translation>Save Word template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="176"/>
        <source>Word-Vorlage (*.dotx)</source>
        <translation>Word template (*.dotx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="177"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="190"/>
        <source>Erstelle %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="198"/>
        <source>Vorlage nicht gespeichert: %1</source>
        <translation>Template not saved: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="203"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>_PhotoBox</name>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="332"/>
        <source>Foto wählen…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="333"/>
        <source>Foto wählen für %1</source>
        <translation>Choose photo for %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="335"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="336"/>
        <source>Foto entfernen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="342"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="345"/>
        <source>Zoom des Fotos</source>
        <translation>Photo zoom</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="352"/>
        <source>Im Vorschaubild ziehen verschiebt das Foto, ein Klick setzt den Bildmittelpunkt, Alt+Mausrad zoomt.</source>
        <translation>Drag in the preview to move the photo, click to set its focal point, Alt+wheel zooms.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="367"/>
        <source>Kein Foto gewählt – Foto hierher ziehen oder wählen.</source>
        <translation>No photo chosen – drop a photo here or choose one.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="383"/>
        <source>%1 × %2 px, %3 ppi im Druck</source>
        <translation>%1 × %2 px, %3 ppi in print</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="386"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="388"/>
        <source>Auflösung zu gering, das Foto wird unscharf.</source>
        <translation>Resolution too low, the photo will look blurred.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../assetkit/gui/app.py" line="70"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/app.py" line="72"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/app.py" line="73"/>
        <source>Ein unerwarteter Fehler ist aufgetreten (%1). Ihre Arbeit wird automatisch gesichert; bitte speichern Sie das Projekt und melden Sie den Fehler mit der Datei %2.</source>
        <translation>An unexpected error occurred (%1). Your work is saved automatically; please save the project and report the error with the file %2.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/app.py" line="77"/>
        <source>(kein Protokoll)</source>
        <translation>(no log)</translation>
    </message>
</context>
</TS>
