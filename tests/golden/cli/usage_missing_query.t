# No QUERY: a usage error (exit 2) with a hint.
--- args
--- query
--- stderr
splq: missing QUERY
Try 'splq --help' for more information.
--- exit
2
