# fillnull: unknown options are errors
--- query
| fillnull default=1
--- input
{"a":"1"}
--- stderr
fillnull: unknown option 'default'
--- exit
1
