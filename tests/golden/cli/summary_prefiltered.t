# Records the search's terms rule out before parsing are read, not lost:
# the summary says so apart ("; 2 of the events did not hold the search's
# terms and were not parsed (not a loss)").  Only the common start is
# checked: the suite also runs with SPLQ_NO_FASTPATH=1, without a prefilter.
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
splq: read 3 events, skipped 0 lines
