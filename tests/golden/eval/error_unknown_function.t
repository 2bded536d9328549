# An unknown eval function is an error that names it, pointing at the call
--- query
| eval x=nosuch(a)
--- input
{"a":"1"}
--- stderr
function "nosuch" is not supported
column 10
--- exit
1
