# An option without its value is a usage error.
--- args
-m
--- query
--- stderr
splq: option -m needs a value
--- exit
2
