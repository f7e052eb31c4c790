<#
.SYNOPSIS
  Makes a Windows PC a locked-down branch kiosk: a `kiosk` user whose shell is
  the kiosk (Shell Launcher), signed in automatically, restarted if it exits.

.DESCRIPTION
  NOT TESTED: written on Linux; no Windows machine was available. Review it on
  a test PC before a branch uses it.
  Needs Windows 10/11 Enterprise, Education or IoT Enterprise (Shell Launcher
  does not exist in Home or Pro) and an elevated PowerShell.

  Steps, each safe to repeat:
   1. enable the optional feature Client-EmbeddedShellLauncher (may ask for a reboot);
   2. create the local user `kiosk` (password given, or a random one);
   3. create C:\ProgramData\BranchKiosk (data, logs, models) readable by
      `kiosk`, SYSTEM and Administrators only, and set KIOSK_DATA_DIR and
      KIOSK_MODELS_DIR for the machine;
   4. Shell Launcher: `kiosk-shell.exe run` is the `kiosk` user's shell
      (restarted when it exits), Explorer stays everyone else's;
   5. automatic sign-in as `kiosk` (Winlogon; use Sysinternals Autologon
      instead to keep the password in an LSA secret);
   6. runs `kiosk.exe check` as a technician would read it.
  -Remove undoes 4 and 5 (the user and the data stay).

.EXAMPLE
  .\shell-launcher.ps1 -InstallDir "C:\Program Files\BranchKiosk"
.EXAMPLE
  .\shell-launcher.ps1 -Remove
#>
#Requires -RunAsAdministrator
param(
    [string]$InstallDir = "C:\Program Files\BranchKiosk",
    [string]$DataDir = "C:\ProgramData\BranchKiosk",
    [string]$UserName = "kiosk",
    [securestring]$Password,
    [switch]$Remove
)
Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"

# Shell Launcher's exit actions: 0 restart the shell, 1 restart the PC,
# 2 shut down, 3 do nothing.
$RestartShell = 0
$Winlogon = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon"

function Get-ShellLauncher {
    try {
        return [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
    } catch {
        throw "Shell Launcher is not available: this needs Windows Enterprise, Education or IoT Enterprise, with the feature enabled (reboot after enabling it)."
    }
}

function Get-UserSid([string]$Name) {
    $account = New-Object System.Security.Principal.NTAccount($Name)
    return $account.Translate([System.Security.Principal.SecurityIdentifier]).Value
}

if ($Remove) {
    $launcher = Get-ShellLauncher
    try { $launcher.RemoveCustomShell((Get-UserSid $UserName)) | Out-Null } catch { }
    $launcher.SetEnabled($false) | Out-Null
    Set-ItemProperty $Winlogon -Name AutoAdminLogon -Value "0"
    Remove-ItemProperty $Winlogon -Name DefaultPassword -ErrorAction SilentlyContinue
    Write-Host "Shell Launcher and automatic sign-in are off; user '$UserName' and $DataDir stay."
    exit 0
}

$shell = Join-Path $InstallDir "kiosk-shell.exe"
$cli = Join-Path $InstallDir "kiosk.exe"
if (-not (Test-Path $shell)) { throw "$shell not found: copy dist\windows\branch-kiosk there first (build.ps1)" }

# 1. The feature.
$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
if ($feature.State -ne "Enabled") {
    Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null
    Write-Warning "Shell Launcher was just enabled: restart the PC, then run this script again."
    exit 3010
}

# 2. The user.
if (-not $Password) {
    $random = -join ((33..126) | Get-Random -Count 24 | ForEach-Object { [char]$_ })
    $Password = ConvertTo-SecureString $random -AsPlainText -Force
}
if (-not (Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $UserName -Password $Password -FullName "Branch Kiosk" `
        -Description "Runs the branch kiosk" -PasswordNeverExpires -UserMayNotChangePassword | Out-Null
    Add-LocalGroupMember -Group "Users" -Member $UserName
}

# 3. Private data folder and the kiosk's environment.
New-Item -ItemType Directory -Force -Path $DataDir, (Join-Path $DataDir "models") | Out-Null
$acl = New-Object System.Security.AccessControl.DirectorySecurity
$acl.SetAccessRuleProtection($true, $false)  # no inherited access (Users could read)
foreach ($who in @($UserName, "SYSTEM", "Administrators")) {
    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule(
        $who, "FullControl", "ContainerInherit,ObjectInherit", "None", "Allow")
    $acl.AddAccessRule($rule)
}
Set-Acl -Path $DataDir -AclObject $acl
[Environment]::SetEnvironmentVariable("KIOSK_DATA_DIR", $DataDir, "Machine")
[Environment]::SetEnvironmentVariable("KIOSK_MODELS_DIR", (Join-Path $DataDir "models"), "Machine")

# 4. Shell Launcher: the kiosk for `kiosk`, Explorer for everyone else.
$launcher = Get-ShellLauncher
$launcher.SetDefaultShell("explorer.exe", $RestartShell) | Out-Null
$sid = Get-UserSid $UserName
try { $launcher.RemoveCustomShell($sid) | Out-Null } catch { }  # none yet on a first run
$launcher.SetCustomShell($sid, "`"$shell`" run", $null, $null, $RestartShell) | Out-Null
$launcher.SetEnabled($true) | Out-Null

# 5. Automatic sign-in.
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto(
    [Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password))
Set-ItemProperty $Winlogon -Name AutoAdminLogon -Value "1"
Set-ItemProperty $Winlogon -Name DefaultUserName -Value $UserName
Set-ItemProperty $Winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
Set-ItemProperty $Winlogon -Name DefaultPassword -Value $plain

# 6. The kiosk's own check (devices missing here are reported, not fatal).
$env:KIOSK_DATA_DIR = $DataDir
$env:KIOSK_MODELS_DIR = Join-Path $DataDir "models"
& $cli check
Write-Host "Done: sign out or restart; the PC signs in as '$UserName' and shows the kiosk."
