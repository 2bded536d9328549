# lookup: a definition with case_sensitive_match: 'false' matches in any case
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info_nocase user OUTPUT department | table user department
--- input
{"user":"ALICE"}
{"user":"dave"}
--- expect
{"user":"ALICE","department":"Engineering"}
{"user":"dave","department":"Support"}
