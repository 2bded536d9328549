# limit=N is the same as a leading count
--- query
| sort limit=3 n | table n
--- input
{"n":"3"}
{"n":"1"}
{"n":"4"}
{"n":"2"}
--- expect
{"n":"1"}
{"n":"2"}
{"n":"3"}
