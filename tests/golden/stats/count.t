# stats count without BY: exactly one row over all events
--- query
| stats count
--- input
{"a":"1"}
{"a":"2"}
{"b":"3"}
--- expect
{"count":"3"}
