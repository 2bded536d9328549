# summariesonly=, allow_old_summaries=, chunk_size= and local= are accepted
# and change nothing: every event is read, as if every model were fully
# accelerated.
--- query
| tstats summariesonly=true allow_old_summaries=false local=f chunk_size=100000 count from datamodel=Endpoint.Processes
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\a.exe","CommandLine":"a.exe"}
--- expect
{"count":"1"}
