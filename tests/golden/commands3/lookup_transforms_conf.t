# lookup: a transforms.conf stanza with `filename =` is a lookup definition
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info_conf user OUTPUT department | table user department
--- input
{"user":"bob"}
--- expect
{"user":"bob","department":"Sales"}
