# tstats over Endpoint.Registry with Sysmon registry events (EventID 12 key
# created, 13 value set), tagged endpoint/registry by
# windows_sysmon_registry_activity: registry_hive from the first segment of
# TargetObject (HKLM, HKU), action from EventType (CreateKey -> created,
# SetValue -> modified), registry_value_name the last segment of a value's
# path.  A key event has no value name, so the CIM calculation gives
# "unknown".
--- query
| tstats count from datamodel=Endpoint.Registry by Registry.registry_hive Registry.action Registry.registry_value_name
--- input
{"EventID":12,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\Windows\\explorer.exe","EventType":"CreateKey","TargetObject":"HKU\\S-1-5-21-1\\Software\\Test"}
{"EventID":13,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:01.000","Image":"C:\\Windows\\regedit.exe","EventType":"SetValue","TargetObject":"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\evil","Details":"C:\\evil.exe"}
--- expect
{"Registry.registry_hive":"HKEY_LOCAL_MACHINE","Registry.action":"modified","Registry.registry_value_name":"evil","count":"1"}
{"Registry.registry_hive":"HKEY_USERS","Registry.action":"created","Registry.registry_value_name":"unknown","count":"1"}
