# SR:makeresults example 4 / §2.16: eventstats avg(age) by city writes the
# group's average on every result of the group, also the one without age;
# a result without the BY field gets nothing; the order is kept
--- args
-o
json
--now
1700000000
--- query
| eventstats avg(age) AS avg_age BY city | table name city age avg_age
--- input
{"name":"Claudia","age":"33","city":"Seattle"}
{"name":"David","city":"Seattle"}
{"name":"Ikraam","age":"45","city":"Seattle"}
{"name":"Mary","age":"25","city":"Portland"}
{"name":"Wei","age":"31","city":"Portland"}
{"name":"Nobody","age":"99"}
--- expect
{"name":"Claudia","city":"Seattle","age":"33","avg_age":"39"}
{"name":"David","city":"Seattle","avg_age":"39"}
{"name":"Ikraam","city":"Seattle","age":"45","avg_age":"39"}
{"name":"Mary","city":"Portland","age":"25","avg_age":"28"}
{"name":"Wei","city":"Portland","age":"31","avg_age":"28"}
{"name":"Nobody","age":"99"}
