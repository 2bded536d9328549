# lookup: a WILDCARD lookup without max_matches returns every matching row;
# matching is case-sensitive by default, so PsExec64.exe misses psexec*.exe
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup tools_all process OUTPUT tool_name | table process tool_name
--- input
{"process":"psexec64.exe"}
{"process":"PsExec64.exe"}
--- expect
{"process":"psexec64.exe","tool_name":["PsExec","Other"]}
{"process":"PsExec64.exe","tool_name":"Other"}
