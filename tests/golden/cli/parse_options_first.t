# Options may come before the subcommand, and -m applies to parse.
--- args
-m
tests/golden/cli/macros_b
parse
--expanded
--- query
`greeting`
--- expect
eval greeting="hello from b"
