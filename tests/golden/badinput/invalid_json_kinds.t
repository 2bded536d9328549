# Malformed records of several kinds: each is counted and skipped, the
# valid ones are read.
--- query
| stats count values(a) as a
--- input
{"a":"1"}
not json at all
{"a":}
["an","array"]
{"a":"2",}
{"a":"3"}
--- expect
{"count":"2","a":["1","3"]}
--- stderr
read 2 events, skipped 4 lines: 3 invalid JSON, 1 not a JSON object
