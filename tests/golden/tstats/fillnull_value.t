# A BY field that is not in the event: without fillnull_value= the event's
# row is dropped; with it, the value stands in.  Processes.process_guid
# comes from ProcessGuid (the second record has none; the model has no
# calculation for it).
--- query
| tstats count from datamodel=Endpoint.Processes by Processes.process_name Processes.process_guid fillnull_value="N/A"
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\a.exe","CommandLine":"a.exe","ProcessGuid":"{1}"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:01.000","Image":"C:\\b.exe","CommandLine":"b.exe"}
--- expect
{"Processes.process_name":"a.exe","Processes.process_guid":"{1}","count":"1"}
{"Processes.process_name":"b.exe","Processes.process_guid":"N/A","count":"1"}
