# A leading number keeps only that many results
--- query
| sort 2 -n | table n
--- input
{"n":"3"}
{"n":"1"}
{"n":"4"}
{"n":"2"}
--- expect
{"n":"4"}
{"n":"3"}
