# eventstats without BY: one group over all results; several aggregates
--- args
-o
json
--now
1700000000
--- query
| eventstats count, max(age) AS oldest, dc(city) AS cities | table name count oldest cities
--- input
{"name":"Claudia","age":"33","city":"Seattle"}
{"name":"David","city":"Seattle"}
{"name":"Ikraam","age":"45","city":"Seattle"}
{"name":"Mary","age":"25","city":"Portland"}
{"name":"Wei","age":"31","city":"Portland"}
{"name":"Nobody","age":"99"}
--- expect
{"name":"Claudia","count":"6","oldest":"99","cities":"2"}
{"name":"David","count":"6","oldest":"99","cities":"2"}
{"name":"Ikraam","count":"6","oldest":"99","cities":"2"}
{"name":"Mary","count":"6","oldest":"99","cities":"2"}
{"name":"Wei","count":"6","oldest":"99","cities":"2"}
{"name":"Nobody","count":"6","oldest":"99","cities":"2"}
