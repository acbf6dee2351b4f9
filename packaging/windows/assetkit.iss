; Inno Setup script for assetkit on Windows (Inno Setup 6.2+). Built by build.ps1:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\..\dist\assetkit assetkit.iss
; Installs the one-folder PyInstaller bundle, a start-menu entry, optionally a desktop icon, and
; the file association for assetkit projects (.akp). Works without admin rights (per user);
; with admin rights IT can install for all users (also silently: /VERYSILENT /ALLUSERS).
; Nothing here goes online: no update check, no download during setup.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\assetkit"
#endif

[Setup]
AppId={{8C1D6F0E-4B5A-4E52-9B8A-2F6C3D7E1A90}
AppName=assetkit
AppVersion={#AppVersion}
AppVerName=assetkit {#AppVersion}
AppPublisher=Kampagne „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“
DefaultDirName={autopf}\assetkit
DefaultGroupName=assetkit
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=assetkit-{#AppVersion}-setup
SetupIconFile=assetkit.ico
UninstallDisplayIcon={app}\assetkit.exe
UninstallDisplayName=assetkit
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.AssocTask=assetkit-Projekte (.akp) mit assetkit öffnen
en.AssocTask=Open assetkit projects (.akp) with assetkit
de.FileTypes=Dateitypen:
en.FileTypes=File types:
de.ProjectType=assetkit-Projekt
en.ProjectType=assetkit project

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "akpassoc"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:FileTypes}"

[Files]
; The whole bundle: assetkit.exe (desktop app, no console), assetkit-cli.exe (command line),
; _internal\ (Python, Qt, cairo and its DLLs, resources).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the old bundle completely (no stale DLLs or plugins from before).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\assetkit"; Filename: "{app}\assetkit.exe"; Comment: "Kampagnenmaterial gestalten"
Name: "{autodesktop}\assetkit"; Filename: "{app}\assetkit.exe"; Tasks: desktopicon

[Registry]
; HKA = HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.akp"; ValueType: string; ValueName: ""; ValueData: "assetkit.Projekt"; Flags: uninsdeletevalue; Tasks: akpassoc
Root: HKA; Subkey: "Software\Classes\.akp\OpenWithProgids"; ValueType: string; ValueName: "assetkit.Projekt"; ValueData: ""; Flags: uninsdeletevalue; Tasks: akpassoc
Root: HKA; Subkey: "Software\Classes\assetkit.Projekt"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectType}"; Flags: uninsdeletekey; Tasks: akpassoc
Root: HKA; Subkey: "Software\Classes\assetkit.Projekt\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\assetkit.exe,0"; Tasks: akpassoc
Root: HKA; Subkey: "Software\Classes\assetkit.Projekt\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\assetkit.exe"" gui ""%1"""; Tasks: akpassoc

[Run]
Filename: "{app}\assetkit.exe"; Description: "{cm:LaunchProgram,assetkit}"; Flags: nowait postinstall skipifsilent
