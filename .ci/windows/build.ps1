# The Windows 10/11 bundle, built on a Windows machine (x64, Python 3.11 from python.org on PATH
# as `py`): the same build.spec and the same pinned wheels (.ci/constraints/win_amd64.txt) as
# CI's resolution for that target. Run from the repository's root:
#   powershell -ExecutionPolicy Bypass -File .ci\windows\build.ps1
# Leaves dist\intake-desk\ (intake-desk.exe, intake.exe) and dist\intake-desk-win64.zip.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Run([string]$what) {
    # PowerShell does not stop on a native command's exit code by itself.
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" }
}

$venv = ".venv-bundle"
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3.11 -m venv $venv; Run "venv" }
$py = "$venv\Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip; Run "pip upgrade"
& $py -m pip install --quiet -c .ci\constraints\win_amd64.txt -e ".[dev]"; Run "install"
& "$venv\Scripts\pyside6-lrelease.exe" -silent resources\translations\intake_zh_CN.ts `
    -qm resources\translations\intake_zh_CN.qm; Run "translations"

# The Windows-only code against fakes that behave as Microsoft documents, and the Qt the bundle
# carries under the window's tests (the burners' tests need genisoimage, which Windows lacks).
$env:QT_QPA_PLATFORM = "offscreen"
& $py -m pytest -q tests\disc\test_windows_volume.py tests\gui\test_drive.py; Run "tests"

Remove-Item -Recurse -Force dist\intake-desk -ErrorAction SilentlyContinue
& "$venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN build.spec; Run "pyinstaller"
if (Get-ChildItem -Recurse dist\intake-desk -Filter "Qt6Network*") {
    throw "the bundle carries QtNetwork"
}
$env:INTAKE_DATA = "build\selftest-data"
& dist\intake-desk\intake.exe selftest; Run "selftest"
& dist\intake-desk\intake.exe --help | Out-Null; Run "intake --help"
Compress-Archive -Force dist\intake-desk dist\intake-desk-win64.zip
Write-Host "built dist\intake-desk-win64.zip"
