# lookup: matching is case-sensitive by default (case_sensitive_match = true)
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info user OUTPUT department | table user department
--- input
{"user":"ALICE"}
{"user":"Dave"}
{"user":"dave"}
--- expect
{"user":"ALICE"}
{"user":"Dave","department":"Support"}
{"user":"dave"}
