# A long option without its value is named as typed, in every subcommand
# (getopt's optopt holds the option's code, not a character, for long ones).
--- args
check
--top
--- query
--- stderr
splq check: option --top needs a value
Try 'splq check --help' for more information.
--- exit
2
