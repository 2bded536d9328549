# return: the first N results are used as they come (no dedup of the input),
# but the same text twice is returned once
--- query
* | return 2 user
--- input
{"user":"bob"}
{"user":"bob"}
{"user":"fred"}
--- expect
{"search":"user=\"bob\""}
