# Without FROM datamodel=, tstats counts the events themselves, every field
# usable (Splunk would allow indexed fields only).
--- query
| tstats count where EventCode=1 by sourcetype host
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\a.exe"}
{"EventID":3,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\a.exe"}
{"eventVersion":"1.08","eventSource":"iam.amazonaws.com","eventName":"GetUser","awsRegion":"us-east-1","eventTime":"2024-03-01T10:00:00Z"}
--- expect
{"sourcetype":"XmlWinEventLog","host":"WS1","count":"1"}
