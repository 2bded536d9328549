# BY _time span=1h: _time is the start of each hour bucket (shown as a
# date); rows ordered by _time, then the other BY fields.  Three process
# starts at 10:00, 10:59 (same hour) and 11:00 on WS1, one at 10:30 on WS2.
--- query
| tstats count from datamodel=Endpoint.Processes by _time Processes.dest span=1h
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\a.exe","CommandLine":"a.exe","User":"u"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:59:59.000","Image":"C:\\b.exe","CommandLine":"b.exe","User":"u"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 11:00:00.000","Image":"C:\\c.exe","CommandLine":"c.exe","User":"u"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS2","UtcTime":"2024-03-01 10:30:00.000","Image":"C:\\d.exe","CommandLine":"d.exe","User":"u"}
--- expect
{"_time":"2024-03-01T10:00:00.000+00:00","Processes.dest":"WS1","count":"2"}
{"_time":"2024-03-01T10:00:00.000+00:00","Processes.dest":"WS2","count":"1"}
{"_time":"2024-03-01T11:00:00.000+00:00","Processes.dest":"WS1","count":"1"}
