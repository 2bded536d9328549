# A record cut short is reported with its line, counted, and skipped; the
# records around it are read.
--- query
| stats count
--- input
{"a":"1"}
{"a":"2", "b":
{"a":"3"}
--- expect
{"count":"2"}
--- stderr
truncated_json.json:2: invalid JSON
read 2 events, skipped 1 line: 1 invalid JSON
