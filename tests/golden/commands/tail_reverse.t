# tail N: the last N results, in reverse order (SR:tail)
--- query
| tail 2 | table n
--- input
{"n":"1"}
{"n":"2"}
{"n":"3"}
--- expect
{"n":"3"}
{"n":"2"}
