# `splq test` with no path is a usage error in the shared form, pointing at
# the subcommand's own help.
--- args
test
--- query
--- stderr
splq test: no detection given
Try 'splq test --help' for more information.
--- exit
2
