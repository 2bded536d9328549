# search: NOT f=* keeps the events without f; f!=* keeps nothing
--- query
| search NOT f=* | table n
--- input
{"n":"1","f":"x"}
{"n":"2"}
--- expect
{"n":"2"}
