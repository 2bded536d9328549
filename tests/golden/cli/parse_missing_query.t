# `splq parse` without a query is a usage error.
--- args
parse
--- query
--- stderr
splq parse: missing QUERY
--- exit
2
