--- args
-o
json
-m
tests/golden/macro/defs
--- query
search * | `cycle_a`
--- stderr
splq: macro error at line 1, column 12: macro cycle: `cycle_a` -> `cycle_b` -> `cycle_a`
--- exit
1
