# Bad input: an open parenthesis is reported where it opened
--- query
| eval x=(1+2
--- input
{"a":"1"}
--- stderr
syntax error at line 1, column 10: '(' is not closed
--- exit
1
