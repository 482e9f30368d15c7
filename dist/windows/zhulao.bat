@echo off
rem zhulao: opens the program in a big-font console window, maximised.
rem Double-click this file. The font settings are stored for windows titled "zhulao"
rem only (HKCU\Console\zhulao); other console windows keep theirs.
setlocal
cd /d "%~dp0"
reg add "HKCU\Console\zhulao" /v FaceName /t REG_SZ /d "NSimSun" /f >nul 2>&1
rem FontSize: the height in pixels in the high word (0x0024 = 36).
reg add "HKCU\Console\zhulao" /v FontSize /t REG_DWORD /d 0x00240000 /f >nul 2>&1
reg add "HKCU\Console\zhulao" /v FontFamily /t REG_DWORD /d 54 /f >nul 2>&1
reg add "HKCU\Console\zhulao" /v CodePage /t REG_DWORD /d 65001 /f >nul 2>&1
reg add "HKCU\Console\zhulao" /v QuickEdit /t REG_DWORD /d 0 /f >nul 2>&1
start "zhulao" /max cmd /c "chcp 65001 >nul & "%~dp0zhulao.exe" %*"
