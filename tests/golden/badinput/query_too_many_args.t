# Bad input: a function given too many arguments
--- query
| eval x=if(1,2,3,4)
--- input
{"a":"1"}
--- stderr
argument error at line 1, column 10: function "if" takes 3 arguments, got 4
--- exit
1
