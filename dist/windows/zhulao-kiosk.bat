@echo off
rem zhulao kiosk: locked self-paced practice, full screen in big type, restarted when it
rem stops by itself. Set the staff PIN once first:  zhulao.exe kiosk set-pin
rem Edit the site below (the library's name) if you like; then double-click this file, or
rem put a shortcut to it in shell:startup (see docs\kiosk.md).
rem The console reads this file as UTF-8 from here on, so a Chinese site name below is
rem read as Notepad saves it.
chcp 65001 >nul
setlocal
cd /d "%~dp0"
set SITE=
reg add "HKCU\Console\zhulao kiosk" /v FaceName /t REG_SZ /d "NSimSun" /f >nul 2>&1
reg add "HKCU\Console\zhulao kiosk" /v FontSize /t REG_DWORD /d 0x00300000 /f >nul 2>&1
reg add "HKCU\Console\zhulao kiosk" /v FontFamily /t REG_DWORD /d 54 /f >nul 2>&1
reg add "HKCU\Console\zhulao kiosk" /v CodePage /t REG_DWORD /d 65001 /f >nul 2>&1
reg add "HKCU\Console\zhulao kiosk" /v QuickEdit /t REG_DWORD /d 0 /f >nul 2>&1
if "%1"=="--inside" goto inside
start "zhulao kiosk" /max cmd /c ""%~f0" --inside"
goto :eof
:inside
:again
if defined SITE (
  "%~dp0zhulao.exe" kiosk --site "%SITE%"
) else (
  "%~dp0zhulao.exe" kiosk
)
rem 0: staff left with the PIN. Anything else (e.g. the program failed): start again.
if errorlevel 1 (
  timeout /t 3 /nobreak >nul
  goto again
)
