# `| datamodel <model> <dataset> search`: the dataset's events with the
# default fields and the dataset's fields named with their lineage; here a
# few chosen with table.  The 4688 record's parent_process has no source, so
# the CIM calculation gives "unknown".
--- query
| datamodel Endpoint Processes search | table _time sourcetype Processes.dest Processes.process_name Processes.parent_process Processes.user
--- input
{"EventID":4688,"Channel":"Security","Hostname":"WS2","TimeCreated":"2024-03-01T10:20:00.000Z","NewProcessName":"C:\\Windows\\System32\\ipconfig.exe","CommandLine":"ipconfig /all","ParentProcessName":"C:\\Windows\\System32\\cmd.exe","SubjectUserName":"alice","TargetUserName":"-","NewProcessId":"0x12c","ProcessId":"0xc8"}
{"EventID":3,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:30:00.000","Image":"C:\\Windows\\System32\\svchost.exe"}
--- expect
{"_time":"2024-03-01T10:20:00.000+00:00","sourcetype":"XmlWinEventLog","Processes.dest":"WS2","Processes.process_name":"ipconfig.exe","Processes.parent_process":"unknown","Processes.user":"alice"}
