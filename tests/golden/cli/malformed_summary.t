# Malformed records are reported (file:line) as warnings, skipped and
# counted; the run goes on and ends with a summary; exit status 0.
--- query
| stats count
--- input
{"a":"1"}
{"a":
{"a":"2"}
[1, 2
--- expect
{"count":"2"}
--- stderr
splq: warning:
.json:2:
.json:4:
splq: read 2 events, skipped 2 lines: 2 invalid JSON
