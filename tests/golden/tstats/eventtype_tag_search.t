# Event types and tags are fields of every event, usable in searches:
# eventtype=x and tag=y (here tag=registry from windows_sysmon_registry_activity,
# a Sysmon registry value set, EventID 13).
--- query
tag=registry eventtype=windows_sysmon_registry_activity | table eventtype tag registry_path registry_key_name registry_value_name registry_value_data action
--- input
{"EventID":13,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\Windows\\regedit.exe","EventType":"SetValue","TargetObject":"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\evil","Details":"C:\\evil.exe"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:01.000","Image":"C:\\a.exe","CommandLine":"a.exe"}
--- expect
{"eventtype":"windows_sysmon_registry_activity","tag":["endpoint","registry"],"registry_path":"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\evil","registry_key_name":"Run","registry_value_name":"evil","registry_value_data":"C:\\evil.exe","action":"modified"}
