# A corpus-style Endpoint.Processes detection: security_content's
# `security_content_summariesonly` (summariesonly=false
# allow_old_summaries=true fillnull_value=null), `drop_dm_object_name` and
# `security_content_ctime`, with the corpus macros loaded.
#
# Input: a Sysmon EventID 1 and a Security 4688 record of the same esentutl
# SAM copy (on WS5), and a Sysmon start of notepad (filtered out by WHERE).
#   - Sysmon: original_file_name from OriginalFileName, parent_process from
#     ParentCommandLine, process_id from ProcessId;
#   - 4688: no OriginalFileName and no parent command line: original_file_name
#     is null -> fillnull_value gives "null"; parent_process is null -> the
#     CIM calculation gives "unknown"; process_id 0x1c58 -> 7256 (hex).
# Two rows, by parent_process (first BY field): `"C:\...cmd.exe"` sorts
# before `unknown`.  WHERE matches process_name case-insensitively.
--- args
-m
$SHARED/corpus/security_content/macros
-o
json
--- query
| tstats `security_content_summariesonly` count min(_time) as firstTime max(_time) as lastTime from datamodel=Endpoint.Processes where Processes.process_name=ESENTUTL.exe by Processes.parent_process Processes.parent_process_name Processes.process_name Processes.process Processes.original_file_name Processes.process_id Processes.dest Processes.user | `drop_dm_object_name(Processes)` | `security_content_ctime(firstTime)` | `security_content_ctime(lastTime)`
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS5","UtcTime":"2020-10-19 07:30:46.251","Image":"C:\\Windows\\System32\\esentutl.exe","CommandLine":"esentutl.exe /y /vss C:\\windows/system32/config/SAM /d C:\\ProgramData\\SAM","OriginalFileName":"esentutl.exe","ParentImage":"C:\\Windows\\System32\\cmd.exe","ParentCommandLine":"\"C:\\windows\\system32\\cmd.exe\"","User":"WS5\\wardog","ProcessId":"7256","ParentProcessId":"2128"}
{"EventID":4688,"Channel":"Security","Hostname":"WS5","TimeCreated":"2020-10-19T07:30:46.250Z","NewProcessName":"C:\\Windows\\System32\\esentutl.exe","CommandLine":"esentutl.exe /y /vss C:\\windows/system32/config/SAM /d C:\\ProgramData\\SAM","ParentProcessName":"C:\\Windows\\System32\\cmd.exe","SubjectUserName":"wardog","TargetUserName":"-","NewProcessId":"0x1c58","ProcessId":"0x850"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS5","UtcTime":"2020-10-19 07:31:00.000","Image":"C:\\Windows\\System32\\notepad.exe","CommandLine":"notepad.exe","ParentImage":"C:\\Windows\\explorer.exe","User":"WS5\\wardog","ProcessId":"900"}
--- expect
{"parent_process":"\"C:\\windows\\system32\\cmd.exe\"","parent_process_name":"cmd.exe","process_name":"esentutl.exe","process":"esentutl.exe /y /vss C:\\windows/system32/config/SAM /d C:\\ProgramData\\SAM","original_file_name":"esentutl.exe","process_id":"7256","dest":"WS5","user":"WS5\\wardog","count":"1","firstTime":"2020-10-19T07:30:46","lastTime":"2020-10-19T07:30:46"}
{"parent_process":"unknown","parent_process_name":"cmd.exe","process_name":"esentutl.exe","process":"esentutl.exe /y /vss C:\\windows/system32/config/SAM /d C:\\ProgramData\\SAM","original_file_name":"null","process_id":"7256","dest":"WS5","user":"wardog","count":"1","firstTime":"2020-10-19T07:30:46","lastTime":"2020-10-19T07:30:46"}
