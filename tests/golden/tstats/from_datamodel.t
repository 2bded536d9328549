# `| from datamodel:<model>.<dataset>` gives the dataset's events with all
# their fields under their own names, calculated fields applied (the 4688
# record's parent_process becomes "unknown"); the Sysmon network connection
# is not in the dataset.  Both spellings (`datamodel:X` and `datamodel X`)
# are accepted.
--- query
| from datamodel Endpoint.Processes | table process_name parent_process NewProcessId
--- input
{"EventID":4688,"Channel":"Security","Hostname":"WS2","TimeCreated":"2024-03-01T10:20:00.000Z","NewProcessName":"C:\\Windows\\System32\\ipconfig.exe","CommandLine":"ipconfig /all","ParentProcessName":"C:\\Windows\\System32\\cmd.exe","SubjectUserName":"alice","TargetUserName":"-","NewProcessId":"0x12c","ProcessId":"0xc8"}
{"EventID":3,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:30:00.000","Image":"C:\\Windows\\System32\\svchost.exe"}
--- expect
{"process_name":"ipconfig.exe","parent_process":"unknown","NewProcessId":"0x12c"}
