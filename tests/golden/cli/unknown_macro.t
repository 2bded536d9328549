# An undefined macro is an error at the backtick call.
--- query
`no_such_macro(1)` | stats count
--- input
{"a":"1"}
--- stderr
splq: macro error at line 1, column 1:
`no_such_macro(1)` | stats count
^
--- exit
1
