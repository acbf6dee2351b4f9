<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="580"/>
        <source>%1 von %n Dateien</source>
        <translation>
            <numerusform>%1 von %n Datei</numerusform>
            <numerusform>%1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="586"/>
        <source>%n fehlgeschlagen</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="602"/>
        <source>%n Datei(en) erstellt</source>
        <translation>
            <numerusform>%n Datei erstellt</numerusform>
            <numerusform>%n Dateien erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="604"/>
        <source>%n übersprungen (schon fertig)</source>
        <translation>
            <numerusform>%n übersprungen (schon fertig)</numerusform>
            <numerusform>%n übersprungen (schon fertig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="606"/>
        <source>%n Zeile(n) fehlgeschlagen</source>
        <translation>
            <numerusform>%n Zeile fehlgeschlagen</numerusform>
            <numerusform>%n Zeilen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/batch_dialog.py" line="612"/>
        <source>alle in einem PDF mit %n Seite(n)</source>
        <translation>
            <numerusform>alle in einem PDF mit %n Seite</numerusform>
            <numerusform>alle in einem PDF mit %n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="542"/>
        <source>%n Fehler der Prüfung: so wird nicht exportiert. Text oder Foto anpassen, oder mit „Trotzdem exportieren“ die Datei dennoch schreiben.</source>
        <translation>
            <numerusform>%n Fehler der Prüfung: so wird nicht exportiert. Text oder Foto anpassen, oder mit „Trotzdem exportieren“ die Datei dennoch schreiben.</numerusform>
            <numerusform>%n Fehler der Prüfung: so wird nicht exportiert. Text oder Foto anpassen, oder mit „Trotzdem exportieren“ die Datei dennoch schreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="593"/>
        <source>Export abgebrochen: %n Fehler der Prüfung; es wurde nichts gespeichert.</source>
        <translation>
            <numerusform>Export abgebrochen: %n Fehler der Prüfung; es wurde nichts gespeichert.</numerusform>
            <numerusform>Export abgebrochen: %n Fehler der Prüfung; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="620"/>
        <source>%n Dateien gibt es schon (%1). Sollen sie ersetzt werden?</source>
        <translation>
            <numerusform>%n Datei gibt es schon (%1). Soll sie ersetzt werden?</numerusform>
            <numerusform>%n Dateien gibt es schon (%1). Sollen sie ersetzt werden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="644"/>
        <source>%n Datei(en) gespeichert.</source>
        <translation>
            <numerusform>%n Datei gespeichert.</numerusform>
            <numerusform>%n Dateien gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/export_dialog.py" line="648"/>
        <source>Trotz %n Fehler der Prüfung exportiert.</source>
        <translation>
            <numerusform>Trotz %n Fehler der Prüfung exportiert.</numerusform>
            <numerusform>Trotz %n Fehler der Prüfung exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message numerus="yes">
        <location filename="../../assetkit/gui/fields.py" line="442"/>
        <source>%n Zeichen zu lang</source>
        <translation>
            <numerusform>%n Zeichen zu lang</numerusform>
            <numerusform>%n Zeichen zu lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/fields.py" line="448"/>
        <source>noch etwa %n Zeichen</source>
        <translation>
            <numerusform>noch etwa %n Zeichen</numerusform>
            <numerusform>noch etwa %n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="120"/>
        <source>%n Fehler</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="122"/>
        <source>%n Warnung(en)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assetkit/gui/findings_panel.py" line="124"/>
        <source>%n Hinweis(e)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../assetkit/gui/main_window.py" line="510"/>
        <source>%n Befund(e): %1</source>
        <translation>
            <numerusform>%n Befund: %1</numerusform>
            <numerusform>%n Befunde: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDialog</name>
    <message numerus="yes">
        <location filename="../../assetkit/gui/stamp_dialog.py" line="507"/>
        <source>Logo auf %1 von %n ausgewählten Seite(n).</source>
        <translation>
            <numerusform>Logo auf %1 von %n ausgewählten Seite.</numerusform>
            <numerusform>Logo auf %1 von %n ausgewählten Seiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PhotoBox</name>
    <message numerus="yes">
        <location filename="../../assetkit/gui/fields.py" line="600"/>
        <source>Bildausschnitt automatisch um %n Gesicht(er) gewählt.</source>
        <translation>
            <numerusform>Bildausschnitt automatisch um %n Gesicht gewählt.</numerusform>
            <numerusform>Bildausschnitt automatisch um %n Gesichter gewählt.</numerusform>
        </translation>
    </message>
</context>
</TS>
