# search: < on non-numbers compares bytes: upper case sorts before lower case
--- query
name<b | table name
--- input
{"name":"apple"}
{"name":"Zebra"}
{"name":"banana"}
{"name":"b"}
--- expect
{"name":"apple"}
{"name":"Zebra"}
