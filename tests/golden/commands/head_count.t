# head N and head limit=N
--- query
| head 3 | head limit=2 | table n
--- input
{"n":"1"}
{"n":"2"}
{"n":"3"}
{"n":"4"}
--- expect
{"n":"1"}
{"n":"2"}
