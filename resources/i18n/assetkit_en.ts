<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="116"/>
        <source>Serienproduktion</source>
        <translation>Batch production</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="145"/>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="149"/>
        <source>Datendatei</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="150"/>
        <source>CSV- oder Excel-Datei wählen…</source>
        <translation>Choose a CSV or Excel file…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="151"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="151"/>
        <source>Datei &amp;wählen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="157"/>
        <source>Zeichensatz</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="158"/>
        <location filename="../../assetkit/gui/batch_dialog.py" line="163"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="162"/>
        <source>Trennzeichen</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="164"/>
        <source>Semikolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="164"/>
        <source>Komma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="165"/>
        <source>Tabulator</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="165"/>
        <source>Strich |</source>
        <translation>Bar |</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="168"/>
        <source>Zeichensatz:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="171"/>
        <source>Trennzeichen:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="178"/>
        <source>Spalten → Felder</source>
        <translation>Columns → fields</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="182"/>
        <source>Formate</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="192"/>
        <source>Druckprofil</source>
        <translation>Print profile</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="193"/>
        <source>Standard-PDF (ohne Druckprofil)</source>
        <translation>Standard PDF (no print profile)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="198"/>
        <source>Druckprofil für Druckformate:</source>
        <translation>Print profile for print formats:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="202"/>
        <source>Ausgabe</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="205"/>
        <source>Zielordner</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="206"/>
        <source>neben der Datendatei</source>
        <translation>beside the data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="207"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="207"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="209"/>
        <source>Dateinamen-Muster</source>
        <translation>File name pattern</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="210"/>
        <source>Platzhalter: {office}, {template}, {row}, {preset}, {format} und jede Spalte als {Spaltenname}</source>
        <translation>Placeholders: {office}, {template}, {row}, {preset}, {format} and any column as {column name}</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="214"/>
        <source>Dateinamen:</source>
        <translation>File names:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="215"/>
        <source>Fertige Dateien überspringen (fortsetzen)</source>
        <translation>Skip finished files (resume)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="216"/>
        <source>Zusätzlich alle Dateien als ZIP</source>
        <translation>Also put all files in a ZIP</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="221"/>
        <location filename="../../assetkit/gui/batch_dialog.py" line="224"/>
        <source>Vorschau der ersten Zeilen</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="239"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="245"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="250"/>
        <source>&amp;Starten</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="252"/>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="254"/>
        <source>Ordner &amp;öffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="285"/>
        <source>Datendatei wählen</source>
        <translation>Choose data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="286"/>
        <source>Tabellen (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="326"/>
        <source>Zielordner wählen</source>
        <translation>Choose output folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="341"/>
        <source>Bitte mindestens ein Format wählen.</source>
        <translation>Please choose at least one format.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="348"/>
        <source>Gelesen als: %1 · %2 Spalten</source>
        <translation>Read as: %1 · %2 columns</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="402"/>
        <source>— keine Spalte (Mustertext) —</source>
        <translation>— no column (sample text) —</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="423"/>
        <source>%1 Datenzeilen × %2 Formate = %3 Dateien nach %4</source>
        <translation>%1 data rows × %2 formats = %3 files to %4</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="428"/>
        <source>Dienststelle aus den Spalten: %1</source>
        <translation>Office from the columns: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="436"/>
        <source>Zeile %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="493"/>
        <source>Starte…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="501"/>
        <source>Wird abgebrochen; laufende Dateien werden fertig…</source>
        <translation>Cancelling; files in progress are being finished…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="508"/>
        <source>%1 von %2 Dateien</source>
        <translation>%1 of %2 files</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="510"/>
        <source>%1 Dateien/s</source>
        <translation>%1 files/s</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="512"/>
        <source>noch etwa %1</source>
        <translation>about %1 left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="514"/>
        <source>%n fehlgeschlagen</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="525"/>
        <source>Serienproduktion fehlgeschlagen: %1</source>
        <translation>Batch production failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="530"/>
        <source>%n Datei(en) erstellt</source>
        <translation>
            <numerusform>%n file created</numerusform>
            <numerusform>%n files created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="532"/>
        <source>%n übersprungen (schon fertig)</source>
        <translation>
            <numerusform>%n skipped (already done)</numerusform>
            <numerusform>%n skipped (already done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="534"/>
        <source>%n Zeile(n) fehlgeschlagen</source>
        <translation>
            <numerusform>%n row failed</numerusform>
            <numerusform>%n rows failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="536"/>
        <source>abgebrochen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="539"/>
        <source>in %1.</source>
        <translation>in %1.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="541"/>
        <source>Zeile %1 · %2: %3</source>
        <translation>Row %1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="543"/>
        <source>Zeile %1 · %2 (Hinweis): %3</source>
        <translation>Row %1 · %2 (note): %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="169"/>
        <location filename="../../assetkit/gui/export_dialog.py" line="222"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="186"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="187"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="189"/>
        <source>Druckprofil</source>
        <translation>Print preset</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="190"/>
        <source>Standard (Bildschirm-PDF)</source>
        <translation>Standard (screen PDF)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="193"/>
        <source>&amp;Druckprofil:</source>
        <translation>&amp;Print preset:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="195"/>
        <source>Auflösung</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="196"/>
        <source>150 dpi (Bildschirm, Büro)</source>
        <translation>150 dpi (screen, office)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="197"/>
        <source>300 dpi (Druck)</source>
        <translation>300 dpi (print)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="198"/>
        <source>&amp;Auflösung:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="200"/>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="201"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="201"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="203"/>
        <source>Dateiname</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="204"/>
        <source>Datei&amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="205"/>
        <source>Alle Formate dieser Vorlagenfamilie (%1 Dateien)</source>
        <translation>All formats of this template family (%1 files)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="216"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="224"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="277"/>
        <source>Wird gespeichert als: %1</source>
        <translation>Will be saved as: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="280"/>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="290"/>
        <source>Der Ordner %1 existiert nicht.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="306"/>
        <source>Exportiere…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="306"/>
        <source>Prüfe für den Druck…</source>
        <translation>Checking for print…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="316"/>
        <source>Warnungen der Prüfung:</source>
        <translation>Warnings from the check:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="323"/>
        <source>Export abgebrochen: %n Fehler der Prüfung; es wurde nichts gespeichert.</source>
        <translation>
            <numerusform>Export cancelled: %n error found by the check; nothing was saved.</numerusform>
            <numerusform>Export cancelled: %n errors found by the check; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="339"/>
        <source>Exportiere %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="347"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="349"/>
        <source>%1 Datei(en) gespeichert.</source>
        <translation>%1 file(s) saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="381"/>
        <source>… und %n weitere</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="390"/>
        <source>Fehler vor dem Druck</source>
        <translation>Errors before printing</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="391"/>
        <source>Die Prüfung hat %n Fehler gefunden. Die Druckerei kann die Datei ablehnen, oder der Druck sieht anders aus als erwartet.</source>
        <translation>
            <numerusform>The check found %n error. The print shop may reject the file, or the print may not look as expected.</numerusform>
            <numerusform>The check found %n errors. The print shop may reject the file, or the print may not look as expected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="396"/>
        <source>Fehler:</source>
        <translation>Errors:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="400"/>
        <source>Warnungen:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="402"/>
        <source>Trotzdem exportieren</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="404"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
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
        <location filename="../../assetkit/gui/main_window.py" line="70"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="116"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="123"/>
        <source>Inhalte</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="128"/>
        <location filename="../../assetkit/gui/main_window.py" line="320"/>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="150"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="151"/>
        <source>Neues Projekt mit der gewählten Vorlage</source>
        <translation>New project with the selected template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="152"/>
        <source>Ö&amp;ffnen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="153"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="154"/>
        <source>Speichern &amp;unter…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="156"/>
        <source>&amp;Exportieren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="158"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="159"/>
        <location filename="../../assetkit/gui/main_window.py" line="354"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="160"/>
        <location filename="../../assetkit/gui/main_window.py" line="355"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="162"/>
        <source>&amp;Foto wählen…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="164"/>
        <source>&amp;Dienststellenprofil…</source>
        <translation>&amp;Office profile…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="165"/>
        <source>&amp;Einpassen</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="166"/>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="168"/>
        <source>Ver&amp;größern</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="170"/>
        <source>Ver&amp;kleinern</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="172"/>
        <source>&amp;Beschnittzugabe zeigen</source>
        <translation>Show &amp;bleed</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="173"/>
        <source>Endformat-&amp;Rahmen zeigen</source>
        <translation>Show &amp;trim box</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="174"/>
        <source>&amp;Sicherheitsabstand zeigen</source>
        <translation>Show &amp;safe zone</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="178"/>
        <source>&amp;Vollbild</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="181"/>
        <source>&amp;Logo aufbringen…</source>
        <translation>Apply &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="182"/>
        <source>&amp;Serienproduktion…</source>
        <translation>&amp;Batch production…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="183"/>
        <source>&amp;Word-Vorlagen…</source>
        <translation>&amp;Word templates…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="186"/>
        <source>Ü&amp;ber assetkit</source>
        <translation>&amp;About assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="190"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="192"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="199"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="205"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="214"/>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="217"/>
        <source>Wie das System</source>
        <translation>Same as system</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="223"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="225"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="230"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="305"/>
        <source>%1 Hinweis(e): %2</source>
        <translation>%1 note(s): %2</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="308"/>
        <source>Foto mit zu geringer Auflösung</source>
        <translation>Photo resolution too low</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="309"/>
        <source>Bereit</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="311"/>
        <source>Vorschau %1 ms</source>
        <translation>Preview %1 ms</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="319"/>
        <source>Prüfung (%1)</source>
        <translation>Check (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="338"/>
        <source>Vorschau nicht möglich: %1</source>
        <translation>Preview not possible: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="362"/>
        <source>Vorlage wechseln</source>
        <translation>Change template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="365"/>
        <source>Text „%1“</source>
        <translation>Text “%1”</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="367"/>
        <source>Bildausschnitt</source>
        <translation>Photo crop</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="369"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="389"/>
        <source>Foto wählen</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="390"/>
        <source>Fotos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="400"/>
        <source>Foto nicht lesbar</source>
        <translation>Photo cannot be read</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="414"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="415"/>
        <source>Möchten Sie die Änderungen am Projekt speichern?</source>
        <translation>Do you want to save the changes to the project?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="431"/>
        <source>Projekt öffnen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="440"/>
        <source>Projekt kann nicht geöffnet werden</source>
        <translation>Project cannot be opened</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="456"/>
        <source>Projekt speichern</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="469"/>
        <source>Speichern nicht möglich</source>
        <translation>Saving not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="470"/>
        <source>Ihre Arbeit ist nicht verloren; bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Your work is not lost; please choose another location.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="474"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="483"/>
        <source>assetkit-Projekte (*%1)</source>
        <translation>assetkit projects (*%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="507"/>
        <source>Unbenannt</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="518"/>
        <source>Projekt wiederherstellen</source>
        <translation>Recover project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="519"/>
        <source>assetkit wurde zuletzt nicht richtig beendet. Soll das automatisch gesicherte Projekt vom %1 wiederhergestellt werden?</source>
        <translation>assetkit did not shut down properly last time. Recover the project saved automatically on %1?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="522"/>
        <source>Wiederherstellen</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="523"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="536"/>
        <source>Wiederherstellen nicht möglich</source>
        <translation>Recovery not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="538"/>
        <source>Projekt wiederhergestellt.</source>
        <translation>Project recovered.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="579"/>
        <source>Dienststellenprofil nicht gespeichert</source>
        <translation>Office profile not saved</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="585"/>
        <source>Über assetkit</source>
        <translation>About assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="586"/>
        <source>&lt;b&gt;assetkit %1&lt;/b&gt;&lt;br&gt;Kampagnenmaterial „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ offline gestalten.</source>
        <translation>&lt;b&gt;assetkit %1&lt;/b&gt;&lt;br&gt;Create material for the campaign “Kommunale Jobcenter – Stark. Sozial. Vor Ort.” offline.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="591"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="592"/>
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
