; Inno Setup 6 script: the Windows installer around the PyInstaller folder bundle.
; Build the bundle first (packaging/cjdesigner.spec), then, from the repository's top:
;     iscc /DAppVersion=0.1.0 packaging\windows\cjdesigner.iss
; The installer lands in dist\CJDesigner-<version>-setup.exe. packaging/README.md has the
; whole sequence.
;
; It installs dist\cjdesigner\ (CJDesigner.exe without a console for the Start menu and
; for opening maps, cjdesigner-cli.exe for the command line), a Start-menu entry, and the
; .cjm file type, which opens in CJDesigner.exe. Per-user by default (no administrator
; rights needed); an administrator may choose "all users".

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\cjdesigner.iss
#endif

#define AppId "org.cjdesigner.CJDesigner"
#define AppName "CJDesigner"
#define ProgId "CJDesigner.Map"
#define Bundle "..\..\dist\cjdesigner"

[Setup]
; the braces are doubled: Inno Setup's escape for a literal "{"
AppId={{8F0C7C1E-4E0B-4C8B-9A53-0C6D3C9E2A71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=cjdesigner contributors
AppPublisherURL=https://cjdesigner.org
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=CJDesigner-{#AppVersion}-setup
SetupIconFile=..\..\build\icon.ico
UninstallDisplayIcon={app}\CJDesigner.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .cjm journey maps with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\CJDesigner.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\CJDesigner.exe"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Registry]
; the .cjm type: a ProgID that opens maps in CJDesigner.exe, offered in "Open with"
Root: HKA; Subkey: "Software\Classes\.cjm"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.cjm"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cjdesigner-map"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.cjm\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Customer journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\CJDesigner.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\CJDesigner.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\CJDesigner.exe\SupportedTypes"; ValueType: string; ValueName: ".cjm"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\CJDesigner.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
