# Catastrophic backtracking ends in an error instead of a hang
--- query
| where match(a, "^(a|a)*$")
--- input
{"a":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"}
--- stderr
match limit exceeded
--- exit
1
