# A multivalue BY field (Processes.tag: the event's tags) puts the event in
# one group per value, as stats does.  A Sysmon process start carries the
# tags execute, process, report and start (eventtypes/windows.conf).
--- query
| tstats count from datamodel=Endpoint.Processes by Processes.tag
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\a.exe","CommandLine":"a.exe"}
--- expect
{"Processes.tag":"execute","count":"1"}
{"Processes.tag":"process","count":"1"}
{"Processes.tag":"report","count":"1"}
{"Processes.tag":"start","count":"1"}
