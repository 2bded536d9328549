# Bad input: an unknown eval function
--- query
| eval x=nosuchfn(1)
--- input
{"a":"1"}
--- stderr
unsupported error at line 1, column 10: function "nosuchfn" is not supported
--- exit
1
