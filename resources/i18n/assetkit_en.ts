<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="160"/>
        <source>Serienproduktion</source>
        <translation>Batch production</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="189"/>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="193"/>
        <source>Datendatei</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="194"/>
        <source>CSV- oder Excel-Datei wählen…</source>
        <translation>Choose a CSV or Excel file…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="195"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="195"/>
        <source>Datei &amp;wählen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="201"/>
        <source>Zeichensatz</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="202"/>
        <location filename="../../assetkit/gui/batch_dialog.py" line="207"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="206"/>
        <source>Trennzeichen</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="208"/>
        <source>Semikolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="208"/>
        <source>Komma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="209"/>
        <source>Tabulator</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="209"/>
        <source>Strich |</source>
        <translation>Bar |</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="212"/>
        <source>Zeichensatz:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="215"/>
        <source>Trennzeichen:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="222"/>
        <source>Spalten → Felder</source>
        <translation>Columns → fields</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="226"/>
        <source>Formate</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="247"/>
        <source>Ausgabe</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="250"/>
        <source>Zielordner</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="251"/>
        <source>neben der Datendatei</source>
        <translation>beside the data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="252"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="252"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="254"/>
        <source>Dateinamen-Muster</source>
        <translation>File name pattern</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="237"/>
        <source>Gilt für die Druckformate.</source>
        <translation>Applies to the print formats.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="255"/>
        <source>Wie die Dateien heißen. Platzhalter in geschweiften Klammern werden ersetzt: %1 und jede Spalte der Tabelle als {Spaltenname}.</source>
        <translation>How the files are named. Placeholders in curly braces are replaced: %1 and every column of the table as {column name}.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="261"/>
        <source>Dateinamen:</source>
        <translation>File names:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="262"/>
        <source>Fertige Dateien überspringen (fortsetzen)</source>
        <translation>Skip finished files (resume)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="263"/>
        <source>Zusätzlich alle Dateien als ZIP</source>
        <translation>Also put all files in a ZIP</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="276"/>
        <location filename="../../assetkit/gui/batch_dialog.py" line="279"/>
        <source>Vorschau der ersten Zeilen</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="294"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="300"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="305"/>
        <source>&amp;Starten</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="307"/>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="309"/>
        <source>Ordner &amp;öffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="343"/>
        <source>Datendatei wählen</source>
        <translation>Choose data file</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="344"/>
        <source>Tabellen (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="392"/>
        <source>Zielordner wählen</source>
        <translation>Choose output folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="409"/>
        <source>Bitte mindestens ein Format wählen.</source>
        <translation>Please choose at least one format.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="416"/>
        <source>Gelesen als: %1 · %2 Spalten</source>
        <translation>Read as: %1 · %2 columns</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="470"/>
        <source>— keine Spalte (Mustertext) —</source>
        <translation>— no column (sample text) —</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="491"/>
        <source>%1 Datenzeilen × %2 Formate = %3 Dateien nach %4</source>
        <translation>%1 data rows × %2 formats = %3 files to %4</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="499"/>
        <source>Dienststelle aus den Spalten: %1</source>
        <translation>Office from the columns: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="507"/>
        <source>Zeile %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="565"/>
        <source>Starte…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="573"/>
        <source>Wird abgebrochen; laufende Dateien werden fertig…</source>
        <translation>Cancelling; files in progress are being finished…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="580"/>
        <source>%1 von %n Dateien</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="582"/>
        <source>%1 Dateien/s</source>
        <translation>%1 files/s</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="584"/>
        <source>noch etwa %1</source>
        <translation>about %1 left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="586"/>
        <source>%n fehlgeschlagen</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="597"/>
        <source>Serienproduktion fehlgeschlagen: %1</source>
        <translation>Batch production failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="602"/>
        <source>%n Datei(en) erstellt</source>
        <translation>
            <numerusform>%n file created</numerusform>
            <numerusform>%n files created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="604"/>
        <source>%n übersprungen (schon fertig)</source>
        <translation>
            <numerusform>%n skipped (already done)</numerusform>
            <numerusform>%n skipped (already done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="606"/>
        <source>%n Zeile(n) fehlgeschlagen</source>
        <translation>
            <numerusform>%n row failed</numerusform>
            <numerusform>%n rows failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="608"/>
        <source>abgebrochen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="617"/>
        <source>in %1.</source>
        <translation>in %1.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="619"/>
        <source>Zeile %1 · %2: %3</source>
        <translation>Row %1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="621"/>
        <source>Zeile %1 · %2 (Hinweis): %3</source>
        <translation>Row %1 · %2 (note): %3</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="264"/>
        <source>Zusätzlich alle Zeilen in einem PDF (für die Druckerei)</source>
        <translation>Also all rows in one PDF (for the print shop)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="267"/>
        <source>Ein PDF mit den Seiten aller Zeilen in Zeilenfolge – bei der Visitenkarte Vorder- und Rückseite jeder Person nacheinander – als %1 im Zielordner. Zeilen mit Fehlern fehlen darin und werden im Ergebnis genannt. Nur für ein Druckformat.</source>
        <translation>One PDF with the pages of every row in row order – for the business card, each person&apos;s front and back one after the other – as %1 in the output folder. Rows with errors are left out and named in the result. For one print format only.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="495"/>
        <source>und alle in einem PDF: %1</source>
        <translation>and all in one PDF: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="614"/>
        <source>kein Gesamt-PDF</source>
        <translation>no combined PDF</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/batch_dialog.py" line="626"/>
        <source>Gesamt-PDF %1: %2</source>
        <translation>Combined PDF %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="612"/>
        <source>alle in einem PDF mit %n Seite(n)</source>
        <translation>
            <numerusform>all in one PDF with %n page</numerusform>
            <numerusform>all in one PDF with %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="239"/>
        <location filename="../../assetkit/gui/export_dialog.py" line="316"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="264"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="276"/>
        <source>Auflösung</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="282"/>
        <source>&amp;Auflösung:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="284"/>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="285"/>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="285"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="287"/>
        <source>Dateiname</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="288"/>
        <source>Datei&amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="289"/>
        <source>Alle Formate dieser Vorlagenfamilie (%1 Dateien)</source>
        <translation>All formats of this template family (%1 files)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="306"/>
        <source>Prüfergebnisse für diesen Export</source>
        <translation>Check results for this export</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="310"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="320"/>
        <source>Die Datei trotz der Fehler der Prüfung schreiben</source>
        <translation>Write the file despite the check&apos;s errors</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="426"/>
        <source>Wird gespeichert als: %1</source>
        <translation>Will be saved as: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="429"/>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="441"/>
        <source>%1-Bild mit %2 × %3 Pixeln, Farben RGB (sRGB)</source>
        <translation>%1 image of %2 × %3 pixels, colours RGB (sRGB)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="445"/>
        <source>so groß, wie %1 es erwartet</source>
        <translation>the size %1 expects</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="448"/>
        <source>PDF mit %1 × %2 Pixeln, Farben RGB.</source>
        <translation>PDF of %1 × %2 pixels, colours RGB.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="451"/>
        <source>Alternativtext (wird als .alt.txt neben das Bild geschrieben, zum Einfügen in das Alt-Text-Feld der Plattform): „%1“</source>
        <translation>Alternative text (written next to the image as .alt.txt, to paste into the platform&apos;s alt-text box): “%1”</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="455"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="462"/>
        <source>%1-Bild zum Ansehen und Abstimmen: die %2 Seiten nebeneinander (%3), zusammen %4 × %5 Pixel, jede Seite %6 bei %7 ppi, Farben RGB. Für die Druckerei bitte PDF wählen: dort ist jede Seite eine eigene Seite.</source>
        <translation>%1 image to look at and agree on: the %2 sides next to each other (%3), together %4 × %5 pixels, each side %6 at %7 ppi, colours RGB. For the print shop please choose PDF: there every side is a page of its own.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="472"/>
        <source>%1-Bild mit %2 × %3 Pixeln (%4 bei %5 ppi), Farben RGB.</source>
        <translation>%1 image of %2 × %3 pixels (%4 at %5 ppi), colours RGB.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="475"/>
        <source>PDF mit %1 Seiten (%2), jede im Endformat %3</source>
        <translation>PDF with %1 pages (%2), each in the finished size %3</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="479"/>
        <source>Farben RGB, Fotos mit bis zu 300 ppi – für Bildschirm und E-Mail, nicht für die Druckerei.</source>
        <translation>colours RGB, photos up to 300 ppi – for screen and e-mail, not for the print shop.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="481"/>
        <source>PDF im Endformat %1, Farben RGB, Fotos mit bis zu 300 ppi – für Bildschirm und E-Mail, nicht für die Druckerei.</source>
        <translation>PDF at the finished size %1, colours RGB, photos at up to 300 ppi – for screen and e-mail, not for the print shop.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="483"/>
        <source>PDF im Endformat %1</source>
        <translation>PDF at the finished size %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="485"/>
        <source>mit %1 mm Beschnitt</source>
        <translation>with %1 mm bleed</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="486"/>
        <source>und Schnittmarken</source>
        <translation>and crop marks</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="488"/>
        <source>ohne Beschnitt (die Vorlage reicht nicht bis an den Rand), mit Schnittmarken</source>
        <translation>without bleed (the template does not reach the edge), with crop marks</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="494"/>
        <source>Farben RGB, die Druckerei wandelt sie um (%1)</source>
        <translation>colours RGB, converted by the print shop (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="497"/>
        <source>Farben RGB</source>
        <translation>colours RGB</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="498"/>
        <source>Fotos mit bis zu %1 ppi</source>
        <translation>photos at up to %1 ppi</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="502"/>
        <source>getaggt für Screenreader: Überschriften, Lesereihenfolge und Alternativtexte (barrierefrei nach PDF/UA)</source>
        <translation>tagged for screen readers: headings, reading order and alternative texts (accessible, PDF/UA)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="537"/>
        <source>Prüfung nicht möglich: %1</source>
        <translation>Check not possible: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="542"/>
        <source>%n Fehler der Prüfung: so wird nicht exportiert. Text oder Foto anpassen, oder mit „Trotzdem exportieren“ die Datei dennoch schreiben.</source>
        <translation>
            <numerusform>%n check error: not exported like this. Adjust text or photo, or write the file anyway with “Export anyway”.</numerusform>
            <numerusform>%n check errors: not exported like this. Adjust text or photo, or write the file anyway with “Export anyway”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="578"/>
        <source>Der Ordner %1 existiert nicht.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="589"/>
        <source>Prüfe vor dem Export…</source>
        <translation>Checking before export…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="600"/>
        <source>Nicht exportiert; die vorhandenen Dateien sind unverändert.</source>
        <translation>Not exported; the existing files are unchanged.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="609"/>
        <source>Exportiere…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="644"/>
        <source>%n Datei(en) gespeichert.</source>
        <translation>
            <numerusform>%n file saved.</numerusform>
            <numerusform>%n files saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="646"/>
        <source>Ordner: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="648"/>
        <source>Trotz %n Fehler der Prüfung exportiert.</source>
        <translation>
            <numerusform>Exported despite %n check error.</numerusform>
            <numerusform>Exported despite %n check errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="593"/>
        <source>Export abgebrochen: %n Fehler der Prüfung; es wurde nichts gespeichert.</source>
        <translation>
            <numerusform>Export cancelled: %n error found by the check; nothing was saved.</numerusform>
            <numerusform>Export cancelled: %n errors found by the check; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="75"/>
        <source>&amp;Exportprofil:</source>
        <translation>&amp;Export profile:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="79"/>
        <source>Kein Exportprofil (Bildschirm-PDF)</source>
        <translation>No export profile (screen PDF)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="83"/>
        <source>Ein Exportprofil legt fest, wofür das PDF gemacht wird: für die Druckerei (CMYK, Beschnitt, Schnittmarken), den Büro-Drucker oder die Website (barrierefrei). Ohne Profil entsteht ein PDF für den Bildschirm.</source>
        <translation>An export profile decides what the PDF is made for: the print shop (CMYK, bleed, crop marks), the office printer or the website (accessible). Without a profile you get a PDF for the screen.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="92"/>
        <source>Ein einfaches PDF in RGB für Bildschirm und E-Mail, ohne Beschnitt und Schnittmarken; nicht für die Druckerei.</source>
        <translation>A plain RGB PDF for screen and e-mail, without bleed and crop marks; not for the print shop.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="260"/>
        <source>Dateiformat</source>
        <translation>File format</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="261"/>
        <source>PNG: verlustfreies Bild, gut für Text und Grafiken. JPEG: kleineres Bild, gut für Fotos. PDF: für Druck und Weitergabe als Dokument.</source>
        <translation>PNG: lossless image, good for text and graphics. JPEG: smaller image, good for photos. PDF: for print and for passing on as a document.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="277"/>
        <source>ppi (Bildpunkte pro Zoll): wie fein Fotos und Bilder aufgelöst sind. 300 ppi braucht die Druckerei, 150 ppi reichen für Bildschirm und Büro-Drucker.</source>
        <translation>ppi (pixels per inch): how finely photos and images are resolved. Print shops need 300 ppi; 150 ppi is enough for screens and office printers.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="299"/>
        <source>Das wird die Datei</source>
        <translation>What the file will be</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="322"/>
        <source>Ordner &amp;öffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="324"/>
        <source>Den Ordner mit der exportierten Datei im Dateimanager zeigen</source>
        <translation>Show the folder with the exported file in the file manager</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="396"/>
        <source>150 ppi (Bildschirm, Büro)</source>
        <translation>150 ppi (screen, office)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="397"/>
        <source>300 ppi (Druck)</source>
        <translation>300 ppi (print)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="401"/>
        <source>Fotos mit %1 ppi (vom Exportprofil festgelegt)</source>
        <translation>Photos at %1 ppi (set by the export profile)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="405"/>
        <source>Fotos mit bis zu 300 ppi</source>
        <translation>Photos at up to 300 ppi</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="409"/>
        <source>Originalgröße der Plattform (%1 × %2 Pixel)</source>
        <translation>The platform&apos;s own size (%1 × %2 pixels)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="422"/>
        <source>Das wird die Datei: %1</source>
        <translation>The file will be: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="491"/>
        <source>Farben CMYK für den Offsetdruck auf gestrichenem Papier (%1)</source>
        <translation>colours CMYK for offset printing on coated paper (%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="500"/>
        <source>als PDF/X-4, die Norm, die Druckereien erwarten</source>
        <translation>as PDF/X-4, the standard print shops expect</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="616"/>
        <source>Die Datei „%1“ gibt es schon. Soll sie ersetzt werden?</source>
        <translation>The file “%1” already exists. Replace it?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="620"/>
        <source>%n Dateien gibt es schon (%1). Sollen sie ersetzt werden?</source>
        <translation>
            <numerusform>%n file already exists (%1). Replace it?</numerusform>
            <numerusform>%n files already exist (%1). Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="632"/>
        <source>Exportiere %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="641"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/export_dialog.py" line="318"/>
        <source>Trotzdem exportieren</source>
        <translation>Export anyway</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="194"/>
        <source>Auch auf dieser Seite: %1 (oben unter „%2“ bearbeiten).</source>
        <translation>Also on this side: %1 (edit it above under “%2”).</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="216"/>
        <source>Texte</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="224"/>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="266"/>
        <source>Kommt aus dem Dienststellenprofil (Bearbeiten → Dienststellenprofil…); hier geändert gilt es nur für dieses Projekt.</source>
        <translation>Comes from the office profile (Edit → Office profile…); a change here applies to this project only.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="305"/>
        <source>Platz in „%1“</source>
        <translation>Room in “%1”</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="338"/>
        <location filename="../../assetkit/gui/fields.py" line="339"/>
        <source>Datum aus dem Kalender wählen</source>
        <translation>Pick a date from the calendar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/fields.py" line="442"/>
        <source>%n Zeichen zu lang</source>
        <translation>
            <numerusform>%n character too long</numerusform>
            <numerusform>%n characters too long</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="445"/>
        <source>Das Feld ist voll.</source>
        <translation>The field is full.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/fields.py" line="448"/>
        <source>noch etwa %n Zeichen</source>
        <translation>
            <numerusform>about %n character left</numerusform>
            <numerusform>about %n characters left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="461"/>
        <source>Der Text passt nicht ins Feld; bitte kürzen.</source>
        <translation>The text does not fit its field; please shorten it.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="464"/>
        <source>Einige Zeichen gibt es in der Schrift nicht.</source>
        <translation>Some characters are missing from the font.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="41"/>
        <location filename="../../assetkit/gui/findings_panel.py" line="94"/>
        <source>Prüfung läuft…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="44"/>
        <source>Prüfergebnisse</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="109"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="109"/>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="110"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/findings_panel.py" line="115"/>
        <source>Keine Befunde: die Gestaltung entspricht den Regeln.</source>
        <translation>No findings: the design follows the rules.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="120"/>
        <source>%n Fehler</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="122"/>
        <source>%n Warnung(en)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="124"/>
        <source>%n Hinweis(e)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartHint</name>
    <message>
        <location filename="../../assetkit/gui/help.py" line="100"/>
        <source>Kurzanleitung (F1)</source>
        <translation>Quick guide (F1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="101"/>
        <source>Die Anleitung öffnen: alle Schritte und Begriffe erklärt</source>
        <translation>Open the guide: every step and term explained</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="102"/>
        <source>Exportieren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="103"/>
        <source>Das fertige Bild oder PDF speichern (Strg+E)</source>
        <translation>Save the finished image or PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="104"/>
        <source>Ausblenden</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="105"/>
        <source>Diesen Hinweis nicht mehr zeigen (Hilfe → Erste Schritte zeigen holt ihn zurück)</source>
        <translation>Stop showing this hint (Help → Show first steps brings it back)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="108"/>
        <source>Links eine &lt;b&gt;Vorlage&lt;/b&gt; wählen, z. B. „Beitrag 4:5“ für Instagram oder „Flyer DIN A4“.</source>
        <translation>Pick a &lt;b&gt;template&lt;/b&gt; on the left, e.g. “Post 4:5” for Instagram or “Flyer A4”.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="110"/>
        <source>Rechts unter &lt;b&gt;Inhalte&lt;/b&gt; die grau vorgeschlagenen Texte überschreiben und ein &lt;b&gt;Foto&lt;/b&gt; wählen.</source>
        <translation>Under &lt;b&gt;Content&lt;/b&gt; on the right, type over the grey suggestions and choose a &lt;b&gt;photo&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="112"/>
        <source>&lt;b&gt;Exportieren&lt;/b&gt; (Strg+E): Format und Profil sind passend zur Vorlage vorgewählt.</source>
        <translation>&lt;b&gt;Export&lt;/b&gt; (Ctrl+E): format and profile are preselected to suit the template.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="119"/>
        <source>Willkommen! In drei Schritten zur ersten Datei:</source>
        <translation>Welcome! Your first file in three steps:</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../assetkit/gui/help.py" line="44"/>
        <source>Kurzanleitung</source>
        <translation>Quick guide</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="57"/>
        <source>Kurzanleitung – assetkit</source>
        <translation>Quick guide – assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/help.py" line="62"/>
        <source>Die Kurzanleitung fehlt in dieser Installation (%1).</source>
        <translation>The quick guide is missing from this installation (%1).</translation>
    </message>
</context>
<context>
    <name>LogoPackageDialog</name>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="290"/>
        <location filename="../../assetkit/gui/office_assets.py" line="308"/>
        <source>Logopaket</source>
        <translation>Logo package</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="291"/>
        <source>Alle Kampagnenlogos in einer ZIP-Datei: SVG und PNG (1×, 2×, 3×) für Websites, PDF in RGB für Word und PowerPoint, PDF in CMYK für die Druckerei, Favicons und die Logo-Richtlinien (eine A4-Seite). Hat das Dienststellenprofil ein eigenes Logo, kommt ein Co-Branding-Logo dazu.</source>
        <translation>Every campaign logo in one ZIP file: SVG and PNG (1×, 2×, 3×) for websites, PDF in RGB for Word and PowerPoint, PDF in CMYK for the print shop, favicons and the logo guidelines (one A4 page). If the office profile has a logo of its own, a co-branding logo is added.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="300"/>
        <source>Mit dem Logo der Dienststelle (%1) kommt ein Co-Branding-Logo dazu.</source>
        <translation>With the office&apos;s logo (%1) a co-branding logo is added.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="305"/>
        <source>ZIP-Archiv (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="322"/>
        <source>Gespeichert: %1 (%2 Dateien).</source>
        <translation>Saved: %1 (%2 files).</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="325"/>
        <source>Mit Co-Branding-Logo.</source>
        <translation>With co-branding logo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="381"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="378"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="379"/>
        <source>Inhalte</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="380"/>
        <location filename="../../assetkit/gui/main_window.py" line="500"/>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="233"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="235"/>
        <source>Ö&amp;ffnen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="235"/>
        <source>Ein gespeichertes Projekt (.akp) weiterbearbeiten</source>
        <translation>Continue working on a saved project (.akp)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="237"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="237"/>
        <source>Texte, Fotos und Zuschnitt als Projekt speichern, um später weiterzuarbeiten</source>
        <translation>Save texts, photos and cropping as a project to continue later</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="239"/>
        <source>Speichern &amp;unter…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="240"/>
        <source>Das Projekt unter einem neuen Namen speichern</source>
        <translation>Save the project under a new name</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="241"/>
        <source>&amp;Exportieren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="242"/>
        <source>Das fertige Bild oder PDF speichern – für Instagram, die Druckerei oder die Website</source>
        <translation>Save the finished image or PDF – for Instagram, the print shop or the website</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="244"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="244"/>
        <source>assetkit schließen</source>
        <translation>Close assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="245"/>
        <location filename="../../assetkit/gui/main_window.py" line="552"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="245"/>
        <source>Den letzten Schritt zurücknehmen</source>
        <translation>Take back the last step</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="246"/>
        <location filename="../../assetkit/gui/main_window.py" line="553"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="247"/>
        <source>Den zurückgenommenen Schritt wieder ausführen</source>
        <translation>Do the step taken back again</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="248"/>
        <source>&amp;Foto wählen…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="249"/>
        <source>Ein Foto von diesem Rechner in die Vorlage setzen; es wird passend zugeschnitten</source>
        <translation>Put a photo from this computer into the template; it is cropped to fit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="251"/>
        <source>&amp;Dienststellenprofil…</source>
        <translation>&amp;Office profile…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="252"/>
        <source>Name, Anschrift und Kontakt Ihres Jobcenters einmal eintragen; alle Vorlagen übernehmen sie</source>
        <translation>Enter your job centre&apos;s name, address and contact once; every template uses them</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="254"/>
        <source>&amp;Einpassen</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="255"/>
        <source>Einpassen: die ganze Seite so groß wie möglich ins Fenster bringen</source>
        <translation>Fit: show the whole page as large as the window allows</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="257"/>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="258"/>
        <source>Die Seite in Originalgröße zeigen (ein Millimeter auf dem Bildschirm ist ein Millimeter auf Papier)</source>
        <translation>Show the page at actual size (a millimetre on screen is a millimetre on paper)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="260"/>
        <source>Ver&amp;größern</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="260"/>
        <source>Näher heranzoomen</source>
        <translation>Zoom in closer</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="261"/>
        <source>Ver&amp;kleinern</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="261"/>
        <source>Weiter herauszoomen</source>
        <translation>Zoom further out</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="262"/>
        <source>&amp;Beschnittzugabe zeigen</source>
        <translation>Show &amp;bleed</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="263"/>
        <source>Beschnittzugabe: der Rand über das Endformat hinaus, den die Druckerei abschneidet</source>
        <translation>Bleed: the margin beyond the finished size that the print shop trims off</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="265"/>
        <source>Endformat-&amp;Rahmen zeigen</source>
        <translation>Show &amp;trim box</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="266"/>
        <source>Eine Linie dort, wo das Papier nach dem Schneiden endet</source>
        <translation>A line where the paper ends after trimming</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="267"/>
        <source>&amp;Sicherheitsabstand zeigen</source>
        <translation>Show &amp;safe zone</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="268"/>
        <source>Zeigen, wo kein Text stehen sollte: den Rand, die Falze eines Faltblatts, den Streifen im Fuß eines Roll-ups</source>
        <translation>Show where no text should go: the margin, a leaflet&apos;s folds, the strip in a roll-up&apos;s foot</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="270"/>
        <source>&amp;Vollbild</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="270"/>
        <source>Das Fenster über den ganzen Bildschirm</source>
        <translation>Spread the window over the whole screen</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="271"/>
        <source>&amp;Nächste Seite</source>
        <translation>&amp;Next side</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="272"/>
        <source>Die nächste Seite des Druckstücks zeigen (z. B. die Rückseite)</source>
        <translation>Show the next side of the printed piece (e.g. the back)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="274"/>
        <source>V&amp;orige Seite</source>
        <translation>Pre&amp;vious side</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="275"/>
        <source>Die vorige Seite des Druckstücks zeigen (z. B. die Vorderseite)</source>
        <translation>Show the previous side of the printed piece (e.g. the front)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="277"/>
        <source>&amp;Logo aufbringen…</source>
        <translation>Apply &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="278"/>
        <source>Das Kampagnenlogo auf PDFs, Bilder und Word-Formulare setzen</source>
        <translation>Put the campaign logo on PDFs, images and Word forms</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="279"/>
        <source>&amp;Serienproduktion…</source>
        <translation>&amp;Batch production…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="280"/>
        <source>Aus einer CSV- oder Excel-Tabelle eine Datei je Zeile und Format erstellen</source>
        <translation>Make one file per row and format from a CSV or Excel table</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="282"/>
        <source>&amp;Word-Vorlagen…</source>
        <translation>&amp;Word templates…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="283"/>
        <source>Brief- und Formularvorlagen für Word erstellen</source>
        <translation>Create letter and form templates for Word</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="284"/>
        <source>&amp;PowerPoint-Vorlage…</source>
        <translation>&amp;PowerPoint template…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="285"/>
        <source>Eine Präsentationsvorlage 16:9 mit Logo, Layouts und Kampagnenfarben erstellen</source>
        <translation>Create a 16:9 presentation template with logo, layouts and campaign colours</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="287"/>
        <source>&amp;Logopaket…</source>
        <translation>&amp;Logo package…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="288"/>
        <source>Alle Logovarianten für Website, Büro und Druckerei, Favicons und Logo-Richtlinien als ZIP speichern</source>
        <translation>Save every logo variant for website, office and print shop, favicons and logo guidelines as a ZIP</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="290"/>
        <source>&amp;E-Mail-Signatur…</source>
        <translation>&amp;E-mail signature…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="291"/>
        <source>Eine E-Mail-Signatur mit Kontakt und Kampagnenbanner erstellen</source>
        <translation>Create an e-mail signature with contact details and the campaign banner</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="293"/>
        <source>&amp;Kurzanleitung</source>
        <translation>&amp;Quick guide</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="294"/>
        <source>Die Anleitung in diesem Programm öffnen (ohne Internet)</source>
        <translation>Open the guide inside this program (no internet needed)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="295"/>
        <source>&amp;Erste Schritte zeigen</source>
        <translation>Show &amp;first steps</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="296"/>
        <source>Den Hinweis für den Weg zum ersten Export wieder einblenden</source>
        <translation>Show the hint leading to the first export again</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="298"/>
        <source>Ü&amp;ber assetkit</source>
        <translation>&amp;About assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="298"/>
        <source>Version und Zweck von assetkit</source>
        <translation>Version and purpose of assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="370"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="371"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="372"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="373"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="374"/>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="619"/>
        <source>Fotos: %1 (%2)</source>
        <translation>Photos: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="642"/>
        <source>Die Einzelheiten gibt assetkit nur auf Deutsch an:</source>
        <translation>assetkit gives the details of this problem in German only:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="367"/>
        <source>Wie das System</source>
        <translation>Same as system</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="375"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="376"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="377"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="513"/>
        <source>Foto mit zu geringer Auflösung</source>
        <translation>Photo resolution too low</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="514"/>
        <source>Bereit</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="491"/>
        <source>Vorschau %1 ms</source>
        <translation>Preview %1 ms</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="233"/>
        <source>Ein leeres Projekt mit der gewählten Vorlage beginnen</source>
        <translation>Start an empty project with the chosen template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="499"/>
        <source>Prüfung (%1)</source>
        <translation>Check (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/main_window.py" line="510"/>
        <source>%n Befund(e): %1</source>
        <translation>
            <numerusform>%n finding: %1</numerusform>
            <numerusform>%n findings: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="536"/>
        <source>Vorschau nicht möglich: %1</source>
        <translation>Preview not possible: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="560"/>
        <source>Vorlage wechseln</source>
        <translation>Change template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="563"/>
        <source>Text „%1“</source>
        <translation>Text “%1”</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="565"/>
        <source>Bildausschnitt</source>
        <translation>Photo crop</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="567"/>
        <source>Alternativtext</source>
        <translation>Alternative text</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="569"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="599"/>
        <source>Der Ausschnitt bleibt gleich: das Foto füllt das Feld in dieser Richtung schon ganz aus. Zum Verschieben erst zoomen (Alt+Mausrad oder Zoom-Regler).</source>
        <translation>The crop stays the same: the photo already fills the field in that direction. Zoom in first to move it (Alt+mouse wheel or the zoom slider).</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="610"/>
        <source>Foto wählen</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="626"/>
        <source>Foto nicht lesbar</source>
        <translation>Photo cannot be read</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="664"/>
        <source>Projekt öffnen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="674"/>
        <source>Projekt kann nicht geöffnet werden</source>
        <translation>Project cannot be opened</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="690"/>
        <source>Projekt speichern</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="703"/>
        <source>Speichern nicht möglich</source>
        <translation>Saving not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="704"/>
        <source>Ihre Arbeit ist nicht verloren; bitte wählen Sie einen anderen Speicherort.</source>
        <translation>Your work is not lost; please choose another location.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="708"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="717"/>
        <source>assetkit-Projekte (*%1)</source>
        <translation>assetkit projects (*%1)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="741"/>
        <source>Unbenannt</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="752"/>
        <source>Projekt wiederherstellen</source>
        <translation>Recover project</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="753"/>
        <source>assetkit wurde zuletzt nicht richtig beendet. Soll das automatisch gesicherte Projekt vom %1 wiederhergestellt werden?</source>
        <translation>assetkit did not shut down properly last time. Recover the project saved automatically on %1?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="756"/>
        <source>Wiederherstellen</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="757"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="770"/>
        <source>Wiederherstellen nicht möglich</source>
        <translation>Recovery not possible</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="772"/>
        <source>Projekt wiederhergestellt.</source>
        <translation>Project recovered.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="819"/>
        <source>Dienststellenprofil nicht gespeichert</source>
        <translation>Office profile not saved</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="882"/>
        <source>Über assetkit</source>
        <translation>About assetkit</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="883"/>
        <source>&lt;b&gt;assetkit %1&lt;/b&gt;&lt;br&gt;Kampagnenmaterial „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ offline gestalten.</source>
        <translation>&lt;b&gt;assetkit %1&lt;/b&gt;&lt;br&gt;Create material for the campaign “Kommunale Jobcenter – Stark. Sozial. Vor Ort.” offline.</translation>
    </message>
</context>
<context>
    <name>OfficeAssetDialog</name>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="145"/>
        <source>Das Dienststellenprofil ist noch leer. Bitte tragen Sie mindestens den Namen der Dienststelle ein; Anschrift und Kontakt kommen aus dem Profil.</source>
        <translation>The office profile is still empty. Please enter at least the office&apos;s name; address and contact come from the profile.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="150"/>
        <source>Ohne Dienststellenprofil: nur die Kampagnenlogos.</source>
        <translation>Without an office profile: the campaign logos only.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="182"/>
        <source>Nichts gespeichert; die vorhandene Datei bleibt unverändert.</source>
        <translation>Nothing saved; the existing file stays as it is.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="188"/>
        <source>Erstelle %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="195"/>
        <source>%1 gibt es schon. Ersetzen?</source>
        <translation>%1 exists already. Replace?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="202"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Not saved: %1</translation>
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
    <name>PptxDialog</name>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="232"/>
        <source>PowerPoint-Vorlage</source>
        <translation>PowerPoint template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="233"/>
        <source>Eine Vorlage für PowerPoint und LibreOffice Impress im Format 16:9: Folienmaster mit Logo, sechs Layouts (Titel, Inhalt, zwei Spalten, Kennzahl, Kapitel, Abschluss mit Kontakt) und die Kampagnenfarben. Name und Kontakt kommen aus dem Dienststellenprofil.</source>
        <translation>A 16:9 template for PowerPoint and LibreOffice Impress: slide master with logo, six layouts (title, content, two columns, key figure, chapter, closing with contact) and the campaign colours. Name and contact come from the office profile.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="238"/>
        <source>Dateiart</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="239"/>
        <source>PowerPoint-&amp;Vorlage (.potx) – neue Präsentationen per Doppelklick</source>
        <translation>PowerPoint &amp;template (.potx) – new presentations by double-click</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="241"/>
        <source>PowerPoint-&amp;Präsentation (.pptx)</source>
        <translation>PowerPoint &amp;presentation (.pptx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="246"/>
        <source>Mit &amp;Beispielfolien (eine je Layout)</source>
        <translation>With &amp;example slides (one per layout)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="248"/>
        <source>Ohne: nur Folienmaster und Layouts</source>
        <translation>Without: slide master and layouts only</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="256"/>
        <source>PowerPoint-Vorlage (*.potx)</source>
        <translation>PowerPoint template (*.potx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="257"/>
        <source>PowerPoint-Präsentation (*.pptx)</source>
        <translation>PowerPoint presentation (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="260"/>
        <source>Praesentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="275"/>
        <source>Gespeichert: %1 (%2 Layouts, %3 Beispielfolien).</source>
        <translation>Saved: %1 (%2 layouts, %3 example slides).</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../assetkit/gui/preview.py" line="134"/>
        <source>Im Fuß verdeckt · %1 mm</source>
        <translation>Hidden in the foot · %1 mm</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/preview.py" line="143"/>
        <source>Falz</source>
        <translation>Fold</translation>
    </message>
</context>
<context>
    <name>SaveQuestion</name>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="959"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="960"/>
        <source>Möchten Sie die Änderungen am Projekt speichern?</source>
        <translation>Do you want to save the changes to the project?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="962"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="963"/>
        <source>&amp;Nicht speichern</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/main_window.py" line="965"/>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <location filename="../../assetkit/gui/sides.py" line="34"/>
        <source>Außenseite</source>
        <translation>Outside</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/sides.py" line="35"/>
        <source>Vorderseite</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/sides.py" line="39"/>
        <location filename="../../assetkit/gui/sides.py" line="42"/>
        <source>Seite %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/sides.py" line="82"/>
        <source>Seite %1 von %2 zeigen</source>
        <translation>Show side %1 of %2</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/sides.py" line="87"/>
        <source>Seite der Vorschau</source>
        <translation>Side shown in the preview</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="338"/>
        <source>E-Mail-Signatur</source>
        <translation>E-mail signature</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="339"/>
        <source>Eine Signatur für Outlook, Thunderbird und Webmail: Name, Funktion und der Kontakt der Dienststelle als Text mit Links, darunter das Kampagnenbanner (600 × 120 Pixel). Zum Einfügen die HTML-Datei im Browser öffnen, alles markieren, kopieren und in die Signatur-Einstellungen des E-Mail-Programms einfügen.</source>
        <translation>A signature for Outlook, Thunderbird and webmail: name, role and the office&apos;s contact as text with links, below it the campaign banner (600 × 120 pixels). To use it, open the HTML file in a browser, select all, copy and paste it into the mail program&apos;s signature settings.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="345"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="348"/>
        <source>Vorname Nachname</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="350"/>
        <source>z. B. Arbeitgeberservice</source>
        <translation>e.g. Employer service</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="352"/>
        <source>leer: die Nummer der Dienststelle</source>
        <translation>empty: the office&apos;s number</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="354"/>
        <source>leer: der Standardtext des Banners</source>
        <translation>empty: the banner&apos;s standard text</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="357"/>
        <source>Liegt das Banner auf Ihrer Website, bindet die Signatur es von dort ein; sonst die Datei neben der HTML-Datei.</source>
        <translation>If the banner is on your website, the signature loads it from there; otherwise the file next to the HTML file.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="360"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="360"/>
        <source>&amp;Funktion:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="361"/>
        <source>&amp;Durchwahl:</source>
        <translation>&amp;Direct line:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="362"/>
        <source>&amp;Text im Banner:</source>
        <translation>&amp;Text in the banner:</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="363"/>
        <source>Banner-&amp;Adresse (optional):</source>
        <translation>Banner &amp;address (optional):</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="371"/>
        <source>HTML-Datei (*.html)</source>
        <translation>HTML file (*.html)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="375"/>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="413"/>
        <source>Gespeichert: %1 und das Banner %2 (%3 KB) daneben. Die HTML-Datei im Browser öffnen, alles markieren und in die Signatur einfügen.</source>
        <translation>Saved: %1 and the banner %2 (%3 KB) beside it. Open the HTML file in a browser, select all and paste it into the signature.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/office_assets.py" line="417"/>
        <source>Gespeichert: %1 (das Banner kommt von der Website).</source>
        <translation>Saved: %1 (the banner comes from the website).</translation>
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
        <location filename="../../assetkit/gui/gallery.py" line="139"/>
        <source>Vorlagen durchsuchen…</source>
        <translation>Search templates…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="140"/>
        <source>Vorlagen durchsuchen</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="141"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="173"/>
        <source>Druck</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="173"/>
        <source>Social Media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/gallery.py" line="174"/>
        <source>Büro &amp; Formulare</source>
        <translation>Office &amp; Forms</translation>
    </message>
</context>
<context>
    <name>WordDialog</name>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="112"/>
        <source>Word-Vorlagen</source>
        <translation>Word templates</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="120"/>
        <source>Vorlagen für Word und LibreOffice Writer mit Kampagnenkopf, Kontaktblock und Fußzeile aus dem Dienststellenprofil.</source>
        <translation>Templates for Word and LibreOffice Writer with the campaign header, contact block and footer from the office profile.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="123"/>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="124"/>
        <source>&amp;Briefvorlage (DIN 5008)</source>
        <translation>&amp;Letter template (DIN 5008)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="125"/>
        <source>Briefkopf mit Logo, Anschriftfeld, Informationsblock, Falz- und Lochmarken</source>
        <translation>Letterhead with logo, address field, information block, fold and punch marks</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="127"/>
        <source>&amp;Formularkopf</source>
        <translation>&amp;Form header</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="128"/>
        <source>Kampagnenkopf auf jeder Seite, Feldtabelle, Unterschriftszeilen</source>
        <translation>Campaign header on every page, field table, signature lines</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="136"/>
        <source>Dateiart</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="137"/>
        <source>Word-&amp;Vorlage (.dotx) – neue Dokumente per Doppelklick</source>
        <translation>Word &amp;template (.dotx) – new documents by double-click</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="138"/>
        <source>Word-&amp;Dokument (.docx)</source>
        <translation>Word &amp;document (.docx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="176"/>
        <source>Das Dienststellenprofil ist noch leer. Bitte tragen Sie mindestens den Namen der Dienststelle ein; Anschrift und Kontakt erscheinen im Briefkopf.</source>
        <translation>The office profile is still empty. Please enter at least the name of the office; address and contact appear in the letterhead.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="183"/>
        <source>Briefvorlage</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="183"/>
        <source>Formular</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="190"/>
        <source>Word-Vorlage speichern</source>
        <translation>Save Word template</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="191"/>
        <source>Word-Vorlage (*.dotx)</source>
        <translation>Word template (*.dotx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="192"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="205"/>
        <source>Erstelle %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="213"/>
        <source>Vorlage nicht gespeichert: %1</source>
        <translation>Template not saved: %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="218"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>_PhotoBox</name>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="498"/>
        <source>Foto wählen…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="499"/>
        <source>Foto wählen für %1</source>
        <translation>Choose photo for %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="500"/>
        <source>Ein Foto von diesem Rechner wählen (JPEG, PNG, WebP, TIFF, BMP, GIF); es wird passend zugeschnitten.</source>
        <translation>Choose a photo from this computer (JPEG, PNG, WebP, TIFF, BMP, GIF); it is cropped to fit.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="503"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="504"/>
        <source>Foto entfernen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="505"/>
        <source>Das Foto aus der Vorlage nehmen; die Datei bleibt, wo sie ist.</source>
        <translation>Take the photo out of the template; the file stays where it is.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="511"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="514"/>
        <source>Zoom des Fotos</source>
        <translation>Photo zoom</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="515"/>
        <source>Vergrößert das Foto im Feld: nach rechts ziehen zeigt einen kleineren Ausschnitt.</source>
        <translation>Enlarges the photo in its field: dragging to the right shows a smaller part.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="523"/>
        <source>Im Vorschaubild ziehen verschiebt das Foto, ein Klick setzt den Bildmittelpunkt (gelber Kreis), Alt+Mausrad zoomt.</source>
        <translation>Drag in the preview to move the photo, click to set the focal point (yellow circle), Alt+mouse wheel zooms.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="535"/>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="536"/>
        <source>Bildausschnitt automatisch wählen</source>
        <translation>Choose the crop automatically</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="537"/>
        <source>Den eigenen Bildmittelpunkt verwerfen: assetkit wählt den Ausschnitt wieder selbst, mit den Gesichtern ganz im Bild und frei von Logo und Texten.</source>
        <translation>Discard your own focal point: assetkit chooses the crop again, with the faces whole and clear of the logo and texts.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="549"/>
        <source>Alternativtext</source>
        <translation>Alternative text</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="555"/>
        <source>Alternativtext für %1</source>
        <translation>Alternative text for %1</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="556"/>
        <source>Beschreiben Sie in ein bis zwei Sätzen, was auf dem Foto zu sehen ist, z. B. „Zwei Beraterinnen im Gespräch mit einem Besucher“. Screenreader lesen ihn im barrierefreien PDF vor; bei Social-Media-Bildern wird er neben das Bild geschrieben, zum Einfügen in das Alt-Text-Feld der Plattform.</source>
        <translation>Describe in one or two sentences what the photo shows, e.g. “Two advisers talking to a visitor”. Screen readers read it out in the accessible PDF; for social media images it is written next to the image, to paste into the platform&apos;s alt-text box.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="564"/>
        <location filename="../../assetkit/gui/fields.py" line="619"/>
        <source>Vorschlag aus den Texten der Seite – bitte ergänzen, was auf dem Foto zu sehen ist.</source>
        <translation>A suggestion from the page&apos;s texts – please add what the photo shows.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="580"/>
        <source>Kein Foto gewählt – Foto hierher ziehen oder wählen.</source>
        <translation>No photo chosen – drop a photo here or choose one.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="598"/>
        <source>Bildausschnitt von Ihnen gesetzt.</source>
        <translation>Crop set by you.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/fields.py" line="600"/>
        <source>Bildausschnitt automatisch um %n Gesicht(er) gewählt.</source>
        <translation>
            <numerusform>Crop chosen automatically around %n face.</numerusform>
            <numerusform>Crop chosen automatically around %n faces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="603"/>
        <source>Bildausschnitt automatisch (keine Gesichter erkannt).</source>
        <translation>Crop chosen automatically (no faces found).</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="635"/>
        <source>%1 × %2 px, %3 ppi im Druck</source>
        <translation>%1 × %2 px, %3 ppi in print</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="638"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/fields.py" line="640"/>
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
<context>
    <name>desktop</name>
    <message>
        <location filename="../../assetkit/gui/desktop.py" line="26"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/desktop.py" line="27"/>
        <source>Der Ordner lässt sich nicht öffnen: auf diesem Rechner ist kein Dateimanager dafür eingerichtet. Die Dateien liegen in:

%1

Der Pfad ist in die Zwischenablage kopiert.</source>
        <translation>The folder cannot be opened: no file manager is set up for it on this computer. The files are in:

%1

The path has been copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/desktop.py" line="40"/>
        <source>Datei ersetzen?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/desktop.py" line="42"/>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/desktop.py" line="44"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="15"/>
        <source>kurze Zeile über der Überschrift, die das Thema nennt, z. B. „Aktionswoche“</source>
        <translation>a short line above the headline naming the topic, e.g. “Action week”</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="18"/>
        <source>ergänzt die Überschrift in einem Satz</source>
        <translation>completes the headline in one sentence</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="20"/>
        <source>die ganze Seite so groß wie möglich ins Fenster bringen</source>
        <translation>show the whole page as large as the window allows</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="22"/>
        <source>3 mm Bild über den Rand hinaus, die die Druckerei abschneidet, damit kein weißer Rand bleibt</source>
        <translation>3 mm of picture beyond the edge that the print shop trims off, so no white edge remains</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="25"/>
        <source>die fertige Größe nach dem Zuschneiden, z. B. DIN A4</source>
        <translation>the finished size after trimming, e.g. A4</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="27"/>
        <source>Rand, in dem kein Text stehen sollte, weil er beim Schneiden oder in der App der Plattform verloren gehen kann</source>
        <translation>a margin where no text should go, because it may be cut off or hidden by the platform&apos;s app</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="30"/>
        <source>legt fest, wofür das PDF gemacht wird: Druckerei, Büro-Drucker oder Website</source>
        <translation>decides what the PDF is made for: print shop, office printer or website</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="33"/>
        <source>beschreibt in einem Satz, was auf dem Foto zu sehen ist – für Menschen, die das Bild nicht sehen können (Screenreader)</source>
        <translation>says in a sentence what the photo shows – for people who cannot see it (screen readers)</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="36"/>
        <source>die Stelle des Fotos, die beim Zuschneiden sichtbar bleibt</source>
        <translation>the part of the photo that stays visible when it is cropped</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/glossary.py" line="38"/>
        <source>Name und Angaben Ihres Jobcenters aus dem Dienststellenprofil</source>
        <translation>your job centre&apos;s name and details from the office profile</translation>
    </message>
</context>
<context>
    <name>office_files</name>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="51"/>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="54"/>
        <source>Dienststellenprofil &amp;bearbeiten…</source>
        <translation>&amp;Edit office profile…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="67"/>
        <source>&amp;Speichern unter…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../assetkit/gui/word_dialog.py" line="70"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
</context>
</TS>
