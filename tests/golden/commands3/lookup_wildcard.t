# lookup: match_type WILDCARD(process): '*' in the table's cells matches any
# run; with max_matches 1 the first matching row in file order wins, so
# specific rows shadow the catch-all `*.exe`; case-insensitive here
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup tools process OUTPUT tool_name, risk | table process tool_name risk
--- input
{"process":"PSEXEC64.EXE"}
{"process":"C:\\Temp\\mimikatz.exe"}
{"process":"nc.exe"}
{"process":"notepad.exe"}
{"process":"script.ps1"}
--- expect
{"process":"PSEXEC64.EXE","tool_name":"PsExec","risk":"high"}
{"process":"C:\\Temp\\mimikatz.exe","tool_name":"Mimikatz","risk":"critical"}
{"process":"nc.exe","tool_name":"Netcat","risk":"medium"}
{"process":"notepad.exe","tool_name":"Other","risk":"low"}
{"process":"script.ps1"}
