<#
.SYNOPSIS
  Builds the kiosk for Windows as one folder: dist\windows\branch-kiosk\
  (kiosk.exe for technicians, kiosk-shell.exe for Shell Launcher).

.DESCRIPTION
  NOT TESTED: written on Linux, where the Debian package is built and tested.
  Needs Python 3.11 (x64, python.org or `winget install Python.Python.3.11`).
  Creates .venv-win in the repository, installs the kiosk with its
  `package` extra, runs PyInstaller on packaging\windows\kiosk.spec, then
  runs the frozen `kiosk.exe --version` and `kiosk.exe check`.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#>
param(
    [string]$Python = "py",
    [string[]]$PythonArgs = @("-3.11")
)
Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"

$repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$venv = Join-Path $repo ".venv-win"
$py = Join-Path $venv "Scripts\python.exe"

if (-not (Test-Path $py)) {
    & $Python @PythonArgs -m venv $venv
    if ($LASTEXITCODE -ne 0) { throw "could not create $venv with $Python $PythonArgs" }
}
& $py -m pip install --upgrade pip
& $py -m pip install -e "$repo[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$started = Get-Date
& $py -m PyInstaller --noconfirm `
    --distpath (Join-Path $repo "dist\windows") `
    --workpath (Join-Path $repo "build\windows") `
    (Join-Path $PSScriptRoot "kiosk.spec")
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$seconds = [int]((Get-Date) - $started).TotalSeconds

$out = Join-Path $repo "dist\windows\branch-kiosk"
& (Join-Path $out "kiosk.exe") --version
& (Join-Path $out "kiosk.exe") check
$mb = [int]((Get-ChildItem $out -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "built $out ($mb MB) in $seconds s"
Write-Host "next: copy it to C:\Program Files\BranchKiosk and run shell-launcher.ps1 as Administrator"
