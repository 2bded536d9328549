# `flat` gives the same events without the lineage prefixes.
--- query
| datamodel Endpoint Processes flat | table process_name process_id parent_process_id process_integrity_level
--- input
{"EventID":4688,"Channel":"Security","Hostname":"WS2","TimeCreated":"2024-03-01T10:20:00.000Z","NewProcessName":"C:\\Windows\\System32\\ipconfig.exe","CommandLine":"ipconfig /all","ParentProcessName":"C:\\Windows\\System32\\cmd.exe","SubjectUserName":"alice","TargetUserName":"-","NewProcessId":"0x12c","ProcessId":"0xc8","MandatoryLabel":"S-1-16-12288"}
--- expect
{"process_name":"ipconfig.exe","process_id":"300","parent_process_id":"200","process_integrity_level":"high"}
