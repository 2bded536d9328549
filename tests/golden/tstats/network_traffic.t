# tstats over Network_Traffic: a Sysmon network connection (EventID 3) and a
# Security filtering-platform connection (5156), tagged network/communicate
# by windows_sysmon_network_connection and windows_security_network_connection.
#   Sysmon: src = SourceHostname when not "-", else SourceIp; dest likewise
#           from DestinationHostname/DestinationIp; transport = Protocol.
#   5156:   src/dest = SourceAddress/DestAddress, dest_port = DestPort,
#           transport from the protocol number (6 -> tcp), direction from
#           %%14593 -> outbound.
# A Sysmon process start (not network traffic) is not counted.  The
# corpus-style WHERE excludes port 0 and private destinations by CIDR.
--- query
| tstats count from datamodel=Network_Traffic where All_Traffic.dest_port!=0 NOT All_Traffic.dest IN (10.0.0.0/8, 192.168.0.0/16) by All_Traffic.src All_Traffic.dest All_Traffic.dest_port All_Traffic.transport All_Traffic.action
--- input
{"EventID":3,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:30:00.000","Image":"C:\\Windows\\System32\\rundll32.exe","User":"CORP\\bob","ProcessId":"4","SourceIp":"10.0.0.5","SourceHostname":"-","SourcePort":"50000","DestinationIp":"203.0.113.9","DestinationHostname":"-","DestinationPort":"443","Protocol":"tcp","Initiated":"true"}
{"EventID":3,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:31:00.000","Image":"C:\\Windows\\System32\\svchost.exe","ProcessId":"4","SourceIp":"10.0.0.5","SourceHostname":"WS1.corp","SourcePort":"50001","DestinationIp":"10.0.0.9","DestinationPort":"445","Protocol":"tcp","Initiated":"true"}
{"EventID":5156,"Channel":"Security","Hostname":"WS2","TimeCreated":"2024-03-01T10:32:00Z","Direction":"%%14593","SourceAddress":"192.168.2.5","SourcePort":"58390","DestAddress":"168.63.129.16","DestPort":"80","Protocol":"6","ProcessID":"3304","Application":"\\device\\harddiskvolume2\\waappagent.exe"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:33:00.000","Image":"C:\\Windows\\System32\\cmd.exe","CommandLine":"cmd.exe","User":"CORP\\bob","ProcessId":"7"}
--- expect
{"All_Traffic.src":"10.0.0.5","All_Traffic.dest":"203.0.113.9","All_Traffic.dest_port":"443","All_Traffic.transport":"tcp","All_Traffic.action":"allowed","count":"1"}
{"All_Traffic.src":"192.168.2.5","All_Traffic.dest":"168.63.129.16","All_Traffic.dest_port":"80","All_Traffic.transport":"tcp","All_Traffic.action":"allowed","count":"1"}
