# eventstats count(eval(...))
--- args
-o
json
--now
1700000000
--- query
| eventstats count(eval(age>30)) AS over30 | table name over30
--- input
{"name":"Claudia","age":"33","city":"Seattle"}
{"name":"David","city":"Seattle"}
{"name":"Ikraam","age":"45","city":"Seattle"}
{"name":"Mary","age":"25","city":"Portland"}
{"name":"Wei","age":"31","city":"Portland"}
{"name":"Nobody","age":"99"}
--- expect
{"name":"Claudia","over30":"4"}
{"name":"David","over30":"4"}
{"name":"Ikraam","over30":"4"}
{"name":"Mary","over30":"4"}
{"name":"Wei","over30":"4"}
{"name":"Nobody","over30":"4"}
