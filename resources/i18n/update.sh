#!/bin/sh
# Refresh the translation sources from the code and compile them (run from the repository root).
# Source strings are German; translate new entries in assetkit_en.ts (Qt Linguist or an editor),
# then run this again and commit both the .ts and the .qm.
set -e
BIN="$(dirname "$(command -v python)")"
"$BIN/pyside6-lupdate" assetkit/gui/*.py -source-language de_DE -target-language en_GB \
    -no-obsolete -ts resources/i18n/assetkit_en.ts
"$BIN/pyside6-lrelease" resources/i18n/assetkit_en.ts -qm resources/i18n/assetkit_en.qm
# German: only the plural forms of counted strings („%n Datei(en)“ → „1 Datei“, „2 Dateien“).
"$BIN/pyside6-lupdate" assetkit/gui/*.py -source-language de_DE -target-language de_DE \
    -pluralonly -no-obsolete -ts resources/i18n/assetkit_de.ts
"$BIN/pyside6-lrelease" resources/i18n/assetkit_de.ts -qm resources/i18n/assetkit_de.qm
