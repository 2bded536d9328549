# A multivalue field sorts by its first value
--- query
| sort v{} | table id
--- input
{"id":"1","v":["b","a"]}
{"id":"2","v":["a","z"]}
{"id":"3","v":["c"]}
--- expect
{"id":"2"}
{"id":"1"}
{"id":"3"}
