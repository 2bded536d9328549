# splq parse --spl prints the tree back as canonical SPL: one line, single
# spaces, comments gone, operators spaced, strings re-escaped.  Constructs
# from the corpus: a ```comment``` holding `|` and backticks, escaped quotes
# in a wildcard value, an IN list, a regex full of backslashes, field names
# with (), {}, @ and :, count(eval(...)), a join subsearch, a foreach
# template, a map search string holding a macro (expanded only when map
# runs), nested functions.
--- args
parse
--spl
--- query
eventtype=wineventlog_security EventCode=5136 ```a comment | with `ticks` and a pipe```
 Processes.process="*group \"ESX Admins\"*" user IN (admin, "domain admins", "*svc*")
| rex field=_raw "(?<host>[^\\\\]+)\\\\(?<file>\S+)"
| stats values(aceFlags) as aceFlags(inheritance) values(src) as src{} count(eval(x>1)) as c by user@domain:port
| join type=left user [search index=x | stats count by user]
| foreach *_count [ eval <<FIELD>> = <<FIELD>> * 2 ]
| map search="search `sysmon` user=$user$" maxsearches=10
| eval y=if(match(a, "^\\d+$"), 1, 0) . "x", z=case(a=1, "one", true(), "other")
| where NOT (a > 1 OR b == "x") AND c IN ("1", "2")
--- expect
eventtype=wineventlog_security EventCode=5136 Processes.process="*group \"ESX Admins\"*" user IN (admin, "domain admins", "*svc*") | rex field=_raw "(?<host>[^\\\\]+)\\\\(?<file>\\S+)" | stats values(aceFlags) as aceFlags(inheritance) values(src) as src{} count(eval(x > 1)) as c by user@domain:port | join type=left user [search index=x | stats count by user] | foreach *_count [eval <<FIELD>>=<<FIELD>> * 2] | map search="search `sysmon` user=$user$" maxsearches=10 | eval y=if(match(a, "^\\d+$"), 1, 0) . "x", z=case(a = 1, "one", true(), "other") | where NOT (a > 1 OR b == "x") AND c IN ("1", "2")
