# An unknown function is an error naming it
--- query
| stats count bogus(x)
--- input
{"h":"x"}
--- stderr
unknown statistical function 'bogus'
--- exit
1
