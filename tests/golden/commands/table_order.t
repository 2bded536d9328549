# table: only the listed fields, in the listed order; _time and _raw go
--- query
| table c, a
--- input
{"a":"1","b":"2","c":"3"}
{"b":"2","a":"4"}
--- expect
{"c":"3","a":"1"}
{"a":"4"}
