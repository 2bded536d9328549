# lookup: an unknown lookup is an error
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup no_such_lookup user
--- input
{"user":"a"}
--- stderr
the lookup table "no_such_lookup" does not exist
--- exit
1
