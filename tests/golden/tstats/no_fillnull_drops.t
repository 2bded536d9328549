# The same records without fillnull_value=: the record without a
# process_guid is left out.
--- query
| tstats count from datamodel=Endpoint.Processes by Processes.process_name Processes.process_guid
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\a.exe","CommandLine":"a.exe","ProcessGuid":"{1}"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:01.000","Image":"C:\\b.exe","CommandLine":"b.exe"}
--- expect
{"Processes.process_name":"a.exe","Processes.process_guid":"{1}","count":"1"}
