# Bad input: an unknown command
--- query
| nosuchcmd
--- input
{"a":"1"}
--- stderr
unsupported error at line 1, column 3: command "nosuchcmd" is not supported
--- exit
1
