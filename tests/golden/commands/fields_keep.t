# fields (+ by default): keeps the listed fields, and _time and _raw
--- query
| fields n, b | fields - _time
--- input
{"n":"1","b":"2","c":"3"}
--- expect
{"_raw":"{\"n\":\"1\",\"b\":\"2\",\"c\":\"3\"}","n":"1","b":"2"}
