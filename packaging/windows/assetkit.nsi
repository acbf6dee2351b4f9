; NSIS 3 script of the assetkit Windows installer: a 64-bit setup.exe built on Linux by Debian's
; makensis (scripts/windows-installer.sh does it; docs/installer.md is the guide for IT):
;   makensis -DVERSION=0.1.0 -DSOURCE=/abs/dist/assetkit -DOUTFILE=/abs/dist/assetkit-0.1.0-setup.exe assetkit.nsi
;
; Installs the one-folder PyInstaller bundle, a start-menu entry, the file association for
; assetkit projects (.akp) and an entry under "Apps & Features". Per user without admin rights
; (%LOCALAPPDATA%\Programs\assetkit, HKCU) by default; /ALLUSERS installs for every user of the
; PC (C:\Program Files\assetkit, HKLM; needs admin rights). Silent: /S; folder: /D=C:\path (last).
; Nothing here goes online: no update check, no download during setup.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include x64.nsh

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE
  !define SOURCE "..\..\dist\assetkit"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\assetkit-${VERSION}-setup.exe"
!endif
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\assetkit"
!define PROGID "assetkit.Projekt"

Name "assetkit ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\assetkit"
; An update goes where the installed version is (per user; per machine: see .onInit).
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "assetkit ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "assetkit"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "assetkit Setup"
VIAddVersionKey /LANG=0 "CompanyName" "Kommunale Jobcenter"
VIAddVersionKey /LANG=0 "LegalCopyright" "Kommunale Jobcenter"

Var AllUsers
Var PerUserAppData

!define MUI_ICON "assetkit.ico"
!define MUI_UNICON "assetkit.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\assetkit.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString ProjectType ${LANG_GERMAN} "assetkit-Projekt"
LangString ProjectType ${LANG_ENGLISH} "assetkit project"
LangString StartComment ${LANG_GERMAN} "Kampagnenmaterial gestalten"
LangString StartComment ${LANG_ENGLISH} "Design campaign material"
LangString NeedAdmin ${LANG_GERMAN} "Für /ALLUSERS (Installation für alle Benutzer) sind Administratorrechte nötig."
LangString NeedAdmin ${LANG_ENGLISH} "/ALLUSERS (install for all users) needs administrator rights."
LangString Need64 ${LANG_GERMAN} "assetkit braucht ein 64-Bit-Windows 10 oder 11."
LangString Need64 ${LANG_ENGLISH} "assetkit needs a 64-bit Windows 10 or 11."

; /ALLUSERS on the command line: per-machine mode (shell folders and SHCTX = all users, HKLM).
!macro AllUsersFromCommandLine un
Function ${un}ReadMode
  StrCpy $AllUsers 0
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/ALLUSERS" $1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}
  SetRegView 64
  SetShellVarContext current
  StrCpy $PerUserAppData $LOCALAPPDATA
  ${If} $AllUsers == 1
    UserInfo::GetAccountType
    Pop $1
    ${If} $1 != "Admin"
      MessageBox MB_ICONSTOP|MB_OK "$(NeedAdmin)" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd
!macroend
!insertmacro AllUsersFromCommandLine ""
!insertmacro AllUsersFromCommandLine "un."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "$(Need64)" /SD IDOK
    Abort
  ${EndIf}
  Call ReadMode
  ; Per machine: where a per-machine version is installed, else Program Files unless /D=…
  ; named a folder outside the user's profile (/D= sets $INSTDIR before .onInit).
  ${If} $AllUsers == 1
    ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
    StrLen $2 $PerUserAppData
    StrCpy $3 $INSTDIR $2
    ${If} $0 != ""
      StrCpy $INSTDIR $0
    ${ElseIf} $3 == $PerUserAppData
      StrCpy $INSTDIR "$PROGRAMFILES64\assetkit"
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "assetkit"
  SetOutPath "$INSTDIR"
  ; An update replaces the bundle completely: no stale DLLs or Qt plugins from before.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\assetkit.lnk" "$INSTDIR\assetkit.exe" "" "$INSTDIR\assetkit.exe" 0 \
      SW_SHOWNORMAL "" "$(StartComment)"

  ; .akp → assetkit.exe gui "file" (HKCU\Software\Classes per user, HKLM for all users).
  WriteRegStr SHCTX "Software\Classes\.akp" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\.akp\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(ProjectType)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\assetkit.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\assetkit.exe" gui "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ${If} $AllUsers == 1
    StrCpy $1 " /ALLUSERS"
  ${Else}
    StrCpy $1 ""
  ${EndIf}
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "assetkit"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "Kommunale Jobcenter"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\assetkit.exe,0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"$1'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S$1'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $2 $3
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  Call un.ReadMode
FunctionEnd

Section "Uninstall"
  ; Only what setup put there: a wrong /D= folder is never emptied wholesale.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\assetkit.exe"
  Delete "$INSTDIR\assetkit-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\assetkit.lnk"

  ReadRegStr $0 SHCTX "Software\Classes\.akp" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue SHCTX "Software\Classes\.akp" ""
  ${EndIf}
  DeleteRegValue SHCTX "Software\Classes\.akp\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.akp\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.akp"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Derived data the app can make again (cffi bindings, hyphenation tables) goes; the user's
  ; brand kits, office profile and autosaves in %LOCALAPPDATA%\assetkit stay.
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\assetkit\Cache"
  RMDir "$LOCALAPPDATA\assetkit"
SectionEnd
