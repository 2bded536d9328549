# No statistical function
--- query
| stats by h
--- input
{"h":"x"}
--- stderr
stats: expected at least one statistical function
--- exit
1
