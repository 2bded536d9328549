# Bad input: an undefined macro
--- query
`nosuchmacro`
--- input
{"a":"1"}
--- stderr
macro error at line 1, column 1: macro `nosuchmacro` is not defined
--- exit
1
