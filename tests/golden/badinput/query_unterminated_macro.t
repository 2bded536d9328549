# Bad input: a backtick without its pair
--- query
`unterminated
--- input
{"a":"1"}
--- stderr
syntax error at line 1, column 1: unterminated macro call
--- exit
1
