# sort needs a field
--- query
| sort 10
--- input
{"n":"1"}
--- stderr
sort: expected a field to sort by
--- exit
1
