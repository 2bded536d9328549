# Bad input: a function given too few arguments
--- query
| eval x=substr()
--- input
{"a":"1"}
--- stderr
argument error at line 1, column 10: function "substr" takes 2 to 3 arguments, got 0
--- exit
1
