# Bad input: a quoted string never closed is a syntax error at the quote
--- query
a="unterminated
--- input
{"a":"1"}
--- stderr
syntax error at line 1, column 3: unterminated quoted string
--- exit
1
