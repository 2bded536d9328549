# lookup: an output field may be the match field itself (security_content:
# `lookup ace_type_lookup ace_type_string as aceType OUTPUT ace_type_value as aceType`)
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup status_codes code AS status OUTPUT meaning AS status | table status
--- input
{"status":"404"}
--- expect
{"status":"Not Found"}
