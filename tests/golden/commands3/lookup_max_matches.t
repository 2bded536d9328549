# lookup: max_matches keeps the first N matching rows in file order
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_groups_max2 user OUTPUT group | table user group
--- input
{"user":"alice"}
--- expect
{"user":"alice","group":["admins","devs"]}
