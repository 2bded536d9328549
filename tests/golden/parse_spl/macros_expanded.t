# Macros are expanded before printing: the tree is of the expanded query.
--- args
parse
--spl
-m
$SHARED/corpus/security_content/macros
--- query
| tstats `security_content_summariesonly` count from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe by Processes.dest | `drop_dm_object_name(Processes)` | mstats avg(x) where index=m by host
--- expect
| tstats summariesonly=false allow_old_summaries=true fillnull_value=null count from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe by Processes.dest | rename Processes.* AS * | mstats avg(x) where index=m by host
