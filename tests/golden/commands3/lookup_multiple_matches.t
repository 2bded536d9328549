# lookup: several matching rows give a multivalue output in file order (up to
# max_matches, 100 by default)
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_groups user OUTPUT group | table user group
--- input
{"user":"alice"}
{"user":"bob"}
--- expect
{"user":"alice","group":["admins","devs","ops"]}
{"user":"bob","group":"devs"}
