# tstats over Endpoint.Processes, grouped as corpus detections group it
# (Processes.dest, Processes.user, Processes.parent_process_name).
#
# Input: seven Windows records (JSON, the OTRF/Sysmon shape) detected as
# sourcetype XmlWinEventLog:
#   1-4  Sysmon EventID 1 (process start) on WS1/WS2: event types
#        windows_sysmon_process_start -> tags process, report -> members of
#        Endpoint.Processes (base search `tag=process tag=report`);
#   5    Security 4688 (process start) on WS2, user from TargetUserName
#        ("-") -> SubjectUserName "alice"; parent_process_name from
#        ParentProcessName -> cmd.exe;
#   6    Sysmon EventID 3 (network connection): tags network, communicate,
#        not a process start -> not in the model;
#   7    Sysmon EventID 1 without User: the CIM calculation
#        user = if(isnull(user) OR user="","unknown",user) gives "unknown".
# Rows: one per (dest, user, parent_process_name), sorted by those values;
# firstTime = min(_time) of the group (UtcTime, read as UTC).
#   WS1 CORP\bob cmd.exe            events 1, 2      count 2, 10:00:00
#   WS1 CORP\bob explorer.exe       event 3          count 1, 10:05:00
#   WS1 unknown  services.exe       event 7          count 1, 11:00:00
#   WS2 CORP\eve powershell.exe     event 4          count 1, 10:10:00
#   WS2 alice    cmd.exe            event 5          count 1, 10:20:00
--- query
| tstats count min(_time) as firstTime from datamodel=Endpoint.Processes by Processes.dest Processes.user Processes.parent_process_name
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\Windows\\System32\\whoami.exe","CommandLine":"whoami /all","ParentImage":"C:\\Windows\\System32\\cmd.exe","ParentCommandLine":"cmd.exe","User":"CORP\\bob","ProcessId":"100","ParentProcessId":"90"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:01:00.000","Image":"C:\\Windows\\System32\\net.exe","CommandLine":"net user","ParentImage":"C:\\Windows\\System32\\cmd.exe","ParentCommandLine":"cmd.exe","User":"CORP\\bob","ProcessId":"101","ParentProcessId":"90"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:05:00.000","Image":"C:\\Windows\\System32\\cmd.exe","CommandLine":"cmd.exe","ParentImage":"C:\\Windows\\explorer.exe","ParentCommandLine":"C:\\Windows\\Explorer.EXE","User":"CORP\\bob","ProcessId":"90","ParentProcessId":"80"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS2","UtcTime":"2024-03-01 10:10:00.000","Image":"C:\\Windows\\System32\\reg.exe","CommandLine":"reg query HKLM","ParentImage":"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe","ParentCommandLine":"powershell.exe","User":"CORP\\eve","ProcessId":"200","ParentProcessId":"190"}
{"EventID":4688,"Channel":"Security","Hostname":"WS2","TimeCreated":"2024-03-01T10:20:00.000Z","NewProcessName":"C:\\Windows\\System32\\ipconfig.exe","CommandLine":"ipconfig /all","ParentProcessName":"C:\\Windows\\System32\\cmd.exe","SubjectUserName":"alice","TargetUserName":"-","NewProcessId":"0x12c","ProcessId":"0xc8","MandatoryLabel":"S-1-16-8192"}
{"EventID":3,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:30:00.000","Image":"C:\\Windows\\System32\\svchost.exe","User":"NT AUTHORITY\\SYSTEM","ProcessId":"4","SourceIp":"10.0.0.5","SourcePort":"50000","DestinationIp":"10.0.0.9","DestinationPort":"445","Protocol":"tcp","Initiated":"true"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 11:00:00.000","Image":"C:\\Windows\\System32\\svchost.exe","CommandLine":"svchost.exe -k netsvcs","ParentImage":"C:\\Windows\\System32\\services.exe","ProcessId":"300","ParentProcessId":"700"}
--- expect
{"Processes.dest":"WS1","Processes.user":"CORP\\bob","Processes.parent_process_name":"cmd.exe","count":"2","firstTime":"1709287200"}
{"Processes.dest":"WS1","Processes.user":"CORP\\bob","Processes.parent_process_name":"explorer.exe","count":"1","firstTime":"1709287500"}
{"Processes.dest":"WS1","Processes.user":"unknown","Processes.parent_process_name":"services.exe","count":"1","firstTime":"1709290800"}
{"Processes.dest":"WS2","Processes.user":"CORP\\eve","Processes.parent_process_name":"powershell.exe","count":"1","firstTime":"1709287800"}
{"Processes.dest":"WS2","Processes.user":"alice","Processes.parent_process_name":"cmd.exe","count":"1","firstTime":"1709288400"}
