# search: f!=* never matches
--- query
| search f!=* | table n
--- input
{"n":"1","f":"x"}
{"n":"2"}
--- expect
