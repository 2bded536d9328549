# lookup: several match fields must all match the same row
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_groups user, group AS grp OUTPUT user AS member | table user grp member
--- input
{"user":"alice","grp":"ops"}
{"user":"bob","grp":"ops"}
--- expect
{"user":"alice","grp":"ops","member":"alice"}
{"user":"bob","grp":"ops"}
