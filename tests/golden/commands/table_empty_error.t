# table: needs at least one field
--- query
| table
--- input
{"n":"1"}
--- stderr
table: expected field names
--- exit
1
