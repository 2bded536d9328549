# lookup: with OUTPUT, an event whose match field has no row in the table
# loses its output fields (§1.4: "clears all of the output fields"); an event
# without the match field is left alone
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info user OUTPUT department | table user department
--- input
{"user":"zed","department":"old"}
{"department":"kept"}
{"user":"alice","department":"old"}
--- expect
{"user":"zed"}
{"department":"kept"}
{"user":"alice","department":"Engineering"}
