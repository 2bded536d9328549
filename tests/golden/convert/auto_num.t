# auto() converts what it can and leaves the rest; num() removes values it
# cannot convert
--- query
| convert auto(a) num(n) | table a n
--- input
{"a":"1,234","n":"1,234"}
{"a":"00:01:00","n":"12"}
{"a":"abc","n":"abc"}
--- expect
{"a":"1234","n":"1234"}
{"a":"60","n":"12"}
{"a":"abc"}
