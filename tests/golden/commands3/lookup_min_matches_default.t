# lookup: min_matches: 1 with default_match: unknown gives "unknown" when no
# row matches
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup status_codes code | table code meaning
--- input
{"code":"404"}
{"code":"500"}
{"code":200}
--- expect
{"code":"404","meaning":"Not Found"}
{"code":"500","meaning":"unknown"}
{"code":"200","meaning":"OK"}
