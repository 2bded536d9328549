# No rule to check is a usage error.
--- args
check
--- query
--- expect

--- stderr
splq check: missing QUERY, FILE.yml or DIR
--- exit
2
