; Inno Setup 6 script: the Windows installer of WBS Desktop (Windows 10/11, x64).
; How to build, sign and deploy it: packaging/README.md. In short, from the
; repository on a Windows build machine, after the PyInstaller folder exists
; (dist\wbs-desktop, smoke-tested):
;   iscc packaging\wbs-desktop.iss
; Output: dist\installer\wbs-desktop-<version>-setup.exe
; The AppId below is fixed for ever: it is how upgrades find the old install.
; tests/packaging/test_installer.py reads this file for the settings below.

#define AppName "WBS Desktop"
#define AppPublisher "Badan Kepegawaian Daerah Provinsi NTT"
#define AppExe "wbs-desktop.exe"
#define Frozen AddBackslash(SourcePath) + "..\dist\wbs-desktop"
; The one version string: wbs_desktop/__init__.py → the version resource of the
; frozen wbs-desktop.exe (packaging/wbs-desktop.spec) → here. /DAppVersion=X.Y.Z
; on the iscc command line overrides it.
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Frozen + "\" + AppExe, "ProductVersion")
#endif

[Setup]
AppId={{6F1C2A7E-3B5D-4E8A-9C41-2D7B8E9F0A13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\BKD NTT\WBS Desktop
DefaultGroupName=WBS Desktop
DisableProgramGroupPage=yes
OutputDir=..\dist\installer
OutputBaseFilename=wbs-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
; Windows 10 version 1809 or newer (what Qt 6 supports), 64-bit only.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per machine by default (Program Files, every user of the workstation); the
; command line may ask for a per-user install (/CURRENTUSER) — see README.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
SetupIconFile=..\resources\icons\wbs-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Upgrades: close a running WBS Desktop first, then replace the folder.
CloseApplications=yes
RestartApplications=no
WizardStyle=modern
ShowLanguageDialog=auto
; The database and settings live in each user's profile
; (%LOCALAPPDATA%\BKD NTT\WBS Desktop, HKCU\Software\BKD NTT\WBS Desktop) and
; are never removed by the uninstaller (it says so at the end).
; Signing: packaging/README.md, "Signing". Defined with /DSign on the command
; line together with /Swbssign="signtool.exe sign … $f": the installer and
; its uninstaller are then signed by that tool.
#ifdef Sign
SignTool=wbssign
SignedUninstaller=yes
#endif

[Languages]
; Ours (packaging/Indonesian.isl): a stock Inno Setup has no Indonesian.
Name: "indonesian"; MessagesFile: "Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
indonesian.ManualName=Panduan WBS Desktop
english.ManualName=WBS Desktop manual
; The manual is the one the app shows on F1 (resources/help/<language>/), in the frozen build.
indonesian.ManualDir=id
english.ManualDir=en
indonesian.DataKept=Basis data dan pengaturan WBS Desktop TIDAK dihapus. Data tetap ada di folder profil setiap pengguna:%n%n%1%n%nHapus folder itu secara manual hanya jika data benar-benar tidak diperlukan lagi (buat cadangan lebih dulu).
english.DataKept=The WBS Desktop database and settings were NOT removed. The data stays in each user's profile folder:%n%n%1%n%nDelete that folder by hand only when the data is truly no longer needed (make a backup first).

[InstallDelete]
; Files of an older version that the new one no longer ships (PyInstaller's
; _internal folder changes from release to release): removed before copying.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\*.exe"
Type: files; Name: "{app}\THIRD-PARTY-NOTICES.txt"
Type: filesandordirs; Name: "{app}\docs"

[Files]
Source: "{#Frozen}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\THIRD-PARTY-NOTICES.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\WBS Desktop"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:ManualName}"; Filename: "{app}\_internal\resources\help\{cm:ManualDir}\index.html"
Name: "{group}\{cm:UninstallProgram,WBS Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\WBS Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,WBS Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote into its folder; never the user data.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'),
                      ['%LOCALAPPDATA%\BKD NTT\WBS Desktop']),
           mbInformation, MB_OK);
end;
