# A malformed literal regex is an error at compile time
--- query
| eval x=if(match(a, "("), 1, 0)
--- input
{"a":"1"}
--- stderr
invalid regular expression "("
--- exit
1
