# Only count may stand without a field
--- query
| stats avg
--- input
{"h":"x"}
--- stderr
avg needs a field
--- exit
1
