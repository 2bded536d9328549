# Events with the same _time: earliest() takes the first in input order,
# latest() the last (splq's choice; Splunk does not document it)
--- query
| eval _time=5 | stats earliest(v) latest(v)
--- input
{"v":"a"}
{"v":"b"}
{"v":"c"}
--- expect
{"earliest(v)":"a","latest(v)":"c"}
