# map: macros in the search are expanded when map runs, after the tokens are
# replaced (the outer query leaves `macros` inside quotes alone)
--- args
-o
json
-m
tests/data/map_macros
--- query
* | map search="search `pick_user($user$)` | table user n"
--- input
{"user":"bob","n":"1"}
{"user":"eve","n":"2"}
--- expect
{"user":"bob","n":"1"}
{"user":"eve","n":"2"}
