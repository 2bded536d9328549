# Whether a file is JSON is decided once per file, not per line: most of
# these lines start with '{', so it is JSON lines whose first line is
# damaged; bad lines are skipped with FILE:LINE and counted, never read as
# text events
--- query
* | table n msg _raw
--- files
tests/data/input/damaged_first_line.log
--- expect
{"n":"1","msg":"first","_raw":"{\"n\":1,\"msg\":\"first\"}"}
{"n":"2","msg":"second","_raw":"{\"n\":2,\"msg\":\"second\"}"}
{"n":"4","msg":"fourth","_raw":"{\"n\":4,\"msg\":\"fourth\"}"}
--- stderr
tests/data/input/damaged_first_line.log:1: invalid JSON
tests/data/input/damaged_first_line.log:4: invalid JSON
splq: read 3 events, skipped 2 lines: 2 invalid JSON
