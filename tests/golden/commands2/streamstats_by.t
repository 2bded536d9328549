# streamstats by: running statistics per group
--- args
-o
json
--now
1700000000
--- query
| streamstats count AS n, sum(age) AS total BY city | table name city n total
--- input
{"name":"Claudia","age":"33","city":"Seattle"}
{"name":"David","city":"Seattle"}
{"name":"Ikraam","age":"45","city":"Seattle"}
{"name":"Mary","age":"25","city":"Portland"}
{"name":"Wei","age":"31","city":"Portland"}
{"name":"Nobody","age":"99"}
--- expect
{"name":"Claudia","city":"Seattle","n":"1","total":"33"}
{"name":"David","city":"Seattle","n":"2","total":"33"}
{"name":"Ikraam","city":"Seattle","n":"3","total":"78"}
{"name":"Mary","city":"Portland","n":"1","total":"25"}
{"name":"Wei","city":"Portland","n":"2","total":"56"}
{"name":"Nobody"}
