# dedup N: keeps the first N of each combination
--- query
| dedup 2 user | table n
--- input
{"n":"1","user":"a"}
{"n":"2","user":"a"}
{"n":"3","user":"a"}
{"n":"4","user":"b"}
--- expect
{"n":"1"}
{"n":"2"}
{"n":"4"}
