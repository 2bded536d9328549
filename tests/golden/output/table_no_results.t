# A table with no rows writes nothing to stdout and says so on stderr.
--- args
-o
table
--- query
nosuchterm
--- input
{"a":"1"}
--- expect
--- stderr
splq: no results
