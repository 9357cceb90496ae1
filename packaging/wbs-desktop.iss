; Inno Setup script: Windows installer for WBS Desktop.
; Build the PyInstaller folder first (packaging/wbs-desktop.spec), smoke-test
; dist\wbs-desktop\wbs-admin.exe --help, then:  iscc packaging\wbs-desktop.iss
; The AppId below is fixed for ever: it is how upgrades find the old install.

#define AppName "WBS Desktop"
#define AppVersion "0.1.0"
#define AppPublisher "Badan Kepegawaian Daerah Provinsi NTT"

[Setup]
AppId={{6F1C2A7E-3B5D-4E8A-9C41-2D7B8E9F0A13}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\BKD NTT\WBS Desktop
DefaultGroupName=WBS Desktop
OutputBaseFilename=wbs-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayName={#AppName}
; The database and settings live in the user's profile (%LOCALAPPDATA%\BKD NTT\WBS Desktop)
; and are never removed by the uninstaller.

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\wbs-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\WBS Desktop"; Filename: "{app}\wbs-desktop.exe"
Name: "{autodesktop}\WBS Desktop"; Filename: "{app}\wbs-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\wbs-desktop.exe"; Description: "{cm:LaunchProgram,WBS Desktop}"; Flags: nowait postinstall skipifsilent
