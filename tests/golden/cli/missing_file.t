# An input file that cannot be opened is an error (exit 1).
--- query
| stats count
--- files
tests/golden/cli/data/no_such_file.json
--- stderr
splq: input error: tests/golden/cli/data/no_such_file.json
--- exit
1
