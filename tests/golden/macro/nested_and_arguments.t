# Macros calling macros with arguments; a -m directory overrides macros/.
--- args
-o
json
-m
tests/golden/macro/defs
--- query
`cloudtrail` | `nested` | table src x
--- input
{"src":"test","x":"1"}
{"src":"other","x":"2"}
--- expect
{"src":"test","x":"12"}
