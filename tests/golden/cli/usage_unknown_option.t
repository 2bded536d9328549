# An unknown option is a usage error (exit 2); nothing is run.
--- args
--frobnicate
--- query
| stats count
--- stderr
splq: unknown option --frobnicate
--- exit
2
