# Twenty real security_content detections over Endpoint.Processes, loaded
# from the corpus at run time ($SHARED/corpus/security_content/detections/
# endpoint/*.yml, never copied), fire on real Sysmon data: `splq test` runs
# each detection's tests with its attack-data URL mapped (--data URL=FILE)
# to tests/data/tstats/sysmon_process_starts.json.  That file holds the 33
# Sysmon process starts (EventID 1) of the OTRF Security Datasets' Windows
# captures, unchanged (see tests/data/tstats/make_sysmon_process_starts.py);
# each detection below fires on one or more of those real records:
#   bitsadmin_download_file                 bitsadmin /transfer (cmd_bitsadmin_download_psh_script)
#   detect_mshta_inline_hta_execution,
#   suspicious_mshta_child_process          mshta vbscript:Execute -> powershell
#   detect_psexec_with_accepteula_flag,
#   windows_remote_access_software_hunt     PsExec.exe -accepteula (cmd_psexec_lsa_secrets_dump)
#   windows_query_registry_reg_save         reg save HKLM\security\policy\secrets
#   dump_lsass_via_comsvcs_dll              rundll32 comsvcs.dll MiniDump (psh_lsass_memory_dump_comsvcs)
#   esentutl_sam_copy                       esentutl /y /vss ...\SAM
#   processes_launching_netsh,
#   windows_delete_or_modify_system_firewall netsh advfirewall firewall add/delete rule
#   sc_exe_manipulating_windows_services,
#   possible_lateral_movement_powershell_spawn sc config Fax binPath=powershell; services -> powershell
#   schtasks_*, scheduled_task_*, windows_schtasks_create_run_as_system
#                                           schtasks /create ... /ru system /S WORKSTATION6
#   system_user_discovery_with_whoami       cmstp UAC bypass: dllhost -> cmd -> whoami
#   detect_prohibited_applications_spawning_cmd_exe,
#   cmd_carry_out_string_command_parameter  powershell -> cmd.exe /C schtasks ... (schtask_create,
#                                           WORKSTATION5.theshire.local, THESHIRE\pgustavo)
#   windows_identify_protocol_handlers      command lines holding a protocol handler of the
#                                           windows_protocol_handlers lookup (https://, vbscript:)
#   detect_rare_executables                 every process name started on fewer than 10 hosts
# The second test of bitsadmin_download_file replays CrowdStrike data, which
# is not mapped: it is skipped.  The detections' messages (risk/finding
# text with the result's fields) are printed under each PASS.
--- args
test
-m
$SHARED/corpus/security_content/macros
--lookups
$SHARED/corpus/security_content/lookups
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1197/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/malware/icedid/cmd_carry_str_param/sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1218.005/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1059.003/powershell_spawn_cmd/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1021.002/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1204/rare_executables/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1003.001/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1003.002/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1543.003/lateral_movement_powershell/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1562.004/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1543.003/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1053.005/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1033/AD_discovery/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1562.004/njrat_delete_firewall/njrat_delete_firewall.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1059/protocol_handlers/protocolhandlers.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/malware/winpeas/sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1219/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1053.005/schtask_system/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
$SHARED/corpus/security_content/detections/endpoint/bitsadmin_download_file.yml
$SHARED/corpus/security_content/detections/endpoint/cmd_carry_out_string_command_parameter.yml
$SHARED/corpus/security_content/detections/endpoint/detect_mshta_inline_hta_execution.yml
$SHARED/corpus/security_content/detections/endpoint/detect_prohibited_applications_spawning_cmd_exe.yml
$SHARED/corpus/security_content/detections/endpoint/detect_psexec_with_accepteula_flag.yml
$SHARED/corpus/security_content/detections/endpoint/detect_rare_executables.yml
$SHARED/corpus/security_content/detections/endpoint/dump_lsass_via_comsvcs_dll.yml
$SHARED/corpus/security_content/detections/endpoint/esentutl_sam_copy.yml
$SHARED/corpus/security_content/detections/endpoint/possible_lateral_movement_powershell_spawn.yml
$SHARED/corpus/security_content/detections/endpoint/processes_launching_netsh.yml
$SHARED/corpus/security_content/detections/endpoint/sc_exe_manipulating_windows_services.yml
$SHARED/corpus/security_content/detections/endpoint/scheduled_task_deleted_or_created_via_cmd.yml
$SHARED/corpus/security_content/detections/endpoint/schtasks_scheduling_job_on_remote_system.yml
$SHARED/corpus/security_content/detections/endpoint/suspicious_mshta_child_process.yml
$SHARED/corpus/security_content/detections/endpoint/system_user_discovery_with_whoami.yml
$SHARED/corpus/security_content/detections/endpoint/windows_delete_or_modify_system_firewall.yml
$SHARED/corpus/security_content/detections/endpoint/windows_identify_protocol_handlers.yml
$SHARED/corpus/security_content/detections/endpoint/windows_query_registry_reg_save.yml
$SHARED/corpus/security_content/detections/endpoint/windows_remote_access_software_hunt.yml
$SHARED/corpus/security_content/detections/endpoint/windows_schtasks_create_run_as_system.yml
--- query
--- expect
PASS  BITSAdmin Download File › True Positive Test: 1 result
      An instance of cmd.exe spawning bitsadmin.exe was identified on endpoint WORKSTATION5 by user WORKSTATION5\wardog attempting to download a file.
SKIP  BITSAdmin Download File › True Positive Test: attack data not found: (no --data-dir given)
PASS  CMD Carry Out String Command Parameter › True Positive Test: 1 result
      An instance of powershell.exe spawning cmd.exe was identified on endpoint WORKSTATION5.theshire.local by user THESHIRE\pgustavo attempting spawn a new process.
PASS  Detect mshta inline hta execution › True Positive Test: 1 result
      An instance of cmd.exe spawning mshta.exe was identified on endpoint WORKSTATION5 by user WORKSTATION5\wardog executing with inline HTA, indicative of defense evasion.
PASS  Detect Prohibited Applications Spawning cmd exe › True Positive Test: 1 result
      An instance of powershell.exe spawning cmd.exe was identified on endpoint WORKSTATION5.theshire.local by user THESHIRE\pgustavo running prohibited applications.
PASS  Detect PsExec With accepteula Flag › True Positive Test: 1 result
      An instance of cmd.exe spawning PsExec.exe was identified on endpoint WORKSTATION5 by user WORKSTATION5\wardog running the utility for possibly the first time.
PASS  Detect Rare Executables › True Positive Test: 28 results
      A rare process - [7z.exe] has been detected on less than 10 hosts in your environment.
PASS  Dump LSASS via comsvcs DLL › True Positive Test: 1 result
      An instance of powershell.exe spawning rundll32.exe was identified accessing credentials using comsvcs.dll on endpoint WORKSTATION5 by user WORKSTATION5\wardog.
PASS  Esentutl SAM Copy › True Positive Test: 1 result
      An instance of cmd.exe spawning esentutl.exe was identified on endpoint WORKSTATION5 by user user$ attempting to capture credentials for offline cracking or observability.
PASS  Possible Lateral Movement PowerShell Spawn › True Positive Test: 1 result
      A PowerShell process was spawned as a child process of typically abused processes on WORKSTATION5
PASS  Processes launching netsh › True Positive Test: 1 result
      A process netsh.exe has launched netsh with command-line netsh  advfirewall firewall add rule name="atomic testing" action=allow dir=in protocol=TCP localport=450, netsh  advfirewall firewall delete rule name="atomic testing" protocol=TCP localport=450  on WORKSTATION5.
PASS  Sc exe Manipulating Windows Services › True Positive Test: 1 result
      A sc process sc.exe with commandline sc  config Fax binPath= "C:\WINDOWS\system32\fxssvc.exe" , sc  config Fax binPath= "C:\windows\system32\WindowsPowerShell\v1.0\powershell.exe -noexit -c \"write-host 'T1543.003 Test'\"" to create of configure services in host WORKSTATION5
PASS  Scheduled Task Deleted Or Created via CMD › True Positive Test: 1 result
      A schedule task process schtasks.exe with create or delete commandline schtasks  /create /F /tn \Microsoft\Windows\SoftwareProtectionPlatform\EventCacheManager /tr "C:\Windows\system32\cmd.exe /C C:\Windows\System32\notepad.exe" /sc ONSTART /ru system /S WORKSTATION6 in host WORKSTATION5.theshire.local
PASS  Schtasks scheduling job on remote system › True Positive Test: 1 result
      A schedule task process schtasks.exe with remote job command-line schtasks  /create /F /tn \Microsoft\Windows\SoftwareProtectionPlatform\EventCacheManager /tr "C:\Windows\system32\cmd.exe /C C:\Windows\System32\notepad.exe" /sc ONSTART /ru system /S WORKSTATION6 in host WORKSTATION5.theshire.local by THESHIRE\pgustavo.
PASS  Suspicious mshta child process › True Positive Test: 1 result
      suspicious mshta child process detected on host WORKSTATION5 by user WORKSTATION5\wardog.
PASS  System User Discovery With Whoami › True Positive Test: 1 result
      System user discovery on WORKSTATION5
PASS  Windows Delete or Modify System Firewall › True Positive Test: 1 result
      A netsh.exe deleted a firewall configuration on WORKSTATION5
PASS  Windows Identify Protocol Handlers › True Positive Test: 3 results
      An instance of cmd.exe spawning bitsadmin.exe was identified on endpoint WORKSTATION5 by user WORKSTATION5\wardog utilizing a protocol handler.
PASS  Windows Query Registry Reg Save › True Positive Test: 1 result
      execution of process reg.exe in WORKSTATION5
PASS  Windows Remote Access Software Hunt › True Positive Test: 1 result
      The following Remote Access Software PsExec.exe was identified on WORKSTATION5.
PASS  Windows Schtasks Create Run As System › True Positive Test: 1 result
      An schtasks.exe was created on endpoint WORKSTATION5.theshire.local attempting to spawn as SYSTEM.
20 passed, 0 failed, 0 errors, 1 skipped (21 tests in 20 detections)
