# A malformed line is skipped with file:line, counted, and the rest is read.
--- query
a=* | stats count
--- input
{"a":1}
{"a":
not json at all
{"a":3}
--- expect
{"count":"2"}
--- stderr
:2: invalid JSON
:3: invalid JSON
splq: read 2 events, skipped 2 lines: 2 invalid JSON
