# Records the search's terms rule out before parsing are read, not lost:
# the summary says so apart.
--- args
-o
json
--summary
--- query
needle | stats count
--- input
{"a":"needle"}
{"a":"hay"}
{"a":"hay"}
--- expect
{"count":"1"}
--- stderr
splq: read 3 events, skipped 0 lines; 2 of the events did not hold the search's terms and were not parsed (not a loss)
