# tstats takes no eval expressions inside its functions (documented).
--- query
| tstats count(eval(Processes.user="bob")) from datamodel=Endpoint.Processes
--- exit
1
--- stderr
tstats: eval expressions are not supported in statistical functions
