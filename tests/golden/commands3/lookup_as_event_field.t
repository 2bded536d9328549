# lookup: `col AS field` matches the table's column against another event field
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info user AS account OUTPUT department | table account department
--- input
{"account":"bob"}
--- expect
{"account":"bob","department":"Sales"}
