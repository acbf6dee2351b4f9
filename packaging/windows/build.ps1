<#
.SYNOPSIS
  Build the assetkit Windows installer: PyInstaller bundle + Inno Setup setup.exe.

.DESCRIPTION
  Run from the repository root on a Windows 10/11 x64 build machine (not on office PCs):
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
  Needs: Python 3.11+ x64 (python.org; -Python C:\Python311\python.exe -PythonArgs @() to
  use a specific one), cairo for Windows (MSYS2 package
  mingw-w64-x86_64-cairo, default C:\msys64\mingw64\bin, or a GTK3 runtime's bin folder),
  Inno Setup 6. See docs/installer.md. With -Wheelhouse the Python packages are installed
  from a local folder (no internet needed on the build machine either).

  Result: dist\assetkit\ (the bundle), dist\assetkit-<version>-windows-amd64.zip and
  dist\assetkit-<version>-setup.exe.
#>
param(
  [string]$Python = "py",
  [string[]]$PythonArgs = @("-3.11"),
  [string]$CairoDir = "C:\msys64\mingw64\bin",
  [string]$InnoSetup = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
  [string]$Wheelhouse = "",
  [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
  & $Exe @Arguments
  if ($LASTEXITCODE -ne 0) { throw "$Exe $Arguments failed with exit code $LASTEXITCODE" }
}

# 1. cairo: libcairo-2.dll and the DLLs it links must be findable for PyInstaller's analysis.
if (-not (Test-Path (Join-Path $CairoDir "libcairo-2.dll"))) {
  throw "libcairo-2.dll not found in $CairoDir. Install MSYS2 and run: pacman -S mingw-w64-x86_64-cairo (or pass -CairoDir)."
}
$env:ASSETKIT_CAIRO_DIR = $CairoDir
$env:PATH = "$CairoDir;$env:PATH"

# 2. A clean virtual environment for the build.
$venv = "build\winvenv"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
  Invoke-Checked $Python ($PythonArgs + @("-m", "venv", $venv))
}
$vpy = "$venv\Scripts\python.exe"
if ($Wheelhouse) {
  Invoke-Checked $vpy @("-m", "pip", "install", "--no-index", "--find-links", $Wheelhouse, ".[installer]")
} else {
  Invoke-Checked $vpy @("-m", "pip", "install", "--upgrade", "pip")
  Invoke-Checked $vpy @("-m", "pip", "install", ".[installer]")
}

# 3. The bundle (PyInstaller, build_installer.spec), size report and zip.
Invoke-Checked $vpy @("packaging\build.py")
$version = (& $vpy -c "import assetkit; print(assetkit.__version__)").Trim()

# 4. Smoke test of the bundle, from a temporary folder with a clean PATH (no MSYS2, no Python).
$tmp = New-Item -ItemType Directory -Path (Join-Path $env:TEMP ("assetkit-smoke-" + [guid]::NewGuid()))
$cli = (Resolve-Path "dist\assetkit\assetkit-cli.exe").Path
$savedPath = $env:PATH
Push-Location $tmp
try {
  $env:PATH = "$env:SystemRoot\system32;$env:SystemRoot"
  Invoke-Checked $cli @("--version")
  Invoke-Checked $cli @("render", "post-4x5-veranstaltung", "--out", "x.png")
  Invoke-Checked $cli @("render", "flyer-a4-veranstaltung", "--out", "f.pdf")
} finally {
  Pop-Location
  $env:PATH = $savedPath
  Remove-Item -Recurse -Force $tmp
}

# 5. The installer.
if (-not $SkipInstaller) {
  if (-not (Test-Path $InnoSetup)) { throw "Inno Setup not found at $InnoSetup (pass -InnoSetup or -SkipInstaller)." }
  Invoke-Checked $InnoSetup @("/DAppVersion=$version", "/DSourceDir=..\..\dist\assetkit", "packaging\windows\assetkit.iss")
  Write-Host "Installer: dist\assetkit-$version-setup.exe"
}
