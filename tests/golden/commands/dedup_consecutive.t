# dedup consecutive=true removes only repeats that follow each other
--- query
| dedup user consecutive=true | table n
--- input
{"n":"1","user":"a"}
{"n":"2","user":"a"}
{"n":"3","user":"b"}
{"n":"4","user":"a"}
--- expect
{"n":"1"}
{"n":"3"}
{"n":"4"}
