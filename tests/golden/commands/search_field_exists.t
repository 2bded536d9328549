# search: f=* means "f has a value"; NOT f=* means "f is null"; f!=* never
# matches (SR:search)
--- query
| search f=* | table n
--- input
{"n":"1","f":"x"}
{"n":"2"}
--- expect
{"n":"1"}
