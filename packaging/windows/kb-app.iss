; Inno Setup 6 script: the Windows installer for the one-folder build (dist\kb-app).
;
;   python -m kb_app.freeze
;   iscc /DAppVersion=0.1.0 packaging\windows\kb-app.iss
;
; Produces dist\kb-app-<version>-windows-x64-setup.exe. Installs per user without admin rights
; (social workers' office PCs are often locked down); an administrator can choose "all users" in
; the dialog. The user's notes and library live in the profile (%LOCALAPPDATA%\kb-app), which the
; uninstaller leaves alone. The workflow passes AppVersion from `kb-app.exe --version`.
; This file is UTF-8 with a byte order mark so that Inno Setup reads the Latvian name correctly.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\kb-app"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Cilvēktirdzniecības zināšanu bāze"
#define AppExe "kb-app.exe"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{7F147F50-0BB6-4B5B-B773-DB3EA6807748}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\kb-app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=kb-app-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\kb-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Inno Setup ships no Latvian wizard texts; English until a Latvian.isl is added beside this file.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder app; the content pack is inside (_internal\kb_app\data\default.kbpack).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
