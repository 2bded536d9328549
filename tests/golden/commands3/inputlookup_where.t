# inputlookup: WHERE filters the rows with a search expression (field
# values case-insensitive, wildcards, NOT, comparisons)
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup user_info where department=* NOT user=BOB | table user
--- expect
{"user":"alice"}
{"user":"Dave"}
