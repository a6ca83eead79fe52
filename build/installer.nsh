; Siaga's additions to electron-builder's Windows installer (picked up from build/installer.nsh).
;
; A per-machine installation ("Anyone who uses this computer") is for a shared desk PC: every
; Windows account must open the same office store, or the office's records split between accounts.
; So it creates the machine-wide data folder %ProgramData%\Siaga, lets in only the system, the
; administrators and the local group "Siaga" (the people allowed: the installing account joins it,
; the IT person adds the others), and leaves a note beside the app's resources that the app reads
; (src/main/shell/dataLocation.ts). A per-user installation leaves a note saying so and changes
; nothing else. Uninstalling never touches the data folder or the group: the records stay.
;
; Fail safe: if the folder's permissions cannot be set, the installation still works but the app
; keeps each account's data in its own profile (no machine note), and the installer says so —
; never a shared folder every account on the computer can read.

!macro siagaWriteInstallationNote scope
  ClearErrors
  FileOpen $R9 "$INSTDIR\resources\installation.json" w
  ${IfNot} ${Errors}
    FileWrite $R9 '{"scope":"${scope}"}'
    FileClose $R9
  ${EndIf}
!macroend

!macro customInstall
  ${If} $installMode == "all"
    ReadEnvStr $R0 "ProgramData"
    ${If} $R0 == ""
      StrCpy $R0 $APPDATA ; the all-users context's application data: ProgramData
    ${EndIf}
    StrCpy $R0 "$R0\Siaga"
    CreateDirectory "$R0"

    ; The group of the people who may open the office's records here (exit 2: it already exists).
    nsExec::ExecToLog '"$SYSDIR\net.exe" localgroup Siaga /add /comment:"Siaga: data kantor / office records"'
    Pop $R1
    ReadEnvStr $R2 "USERNAME"
    ReadEnvStr $R3 "USERDOMAIN"
    ${If} $R2 != ""
      nsExec::ExecToLog '"$SYSDIR\net.exe" localgroup Siaga "$R3\$R2" /add'
      Pop $R1
    ${EndIf}

    ; SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) in full, the group may change (the store,
    ; its journal and backups are created by whichever account works); nothing inherited from
    ; ProgramData, whose default lets every user read.
    ; The group by this computer's name, never a domain group of the same name.
    ReadEnvStr $R4 "COMPUTERNAME"
    nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$R0" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F "$R4\Siaga:(OI)(CI)M"'
    Pop $R1
    ${If} $R1 == 0
      !insertmacro siagaWriteInstallationNote "machine"
      DetailPrint "Siaga: data kantor di $R0 (grup Windows: Siaga)"
    ${Else}
      !insertmacro siagaWriteInstallationNote "user"
      MessageBox MB_OK|MB_ICONEXCLAMATION "Siaga: izin folder $R0 tidak dapat diatur (icacls $R1). Data akan disimpan per akun Windows. / The folder's permissions could not be set; data will be kept per Windows account." /SD IDOK
    ${EndIf}
  ${Else}
    !insertmacro siagaWriteInstallationNote "user"
  ${EndIf}
!macroend
