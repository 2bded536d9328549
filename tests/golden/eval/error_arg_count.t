# A wrong number of arguments is found when the query is compiled
--- query
| eval x=substr("a")
--- input
{"a":"1"}
--- stderr
function "substr" takes 2 to 3 arguments, got 1
--- exit
1
