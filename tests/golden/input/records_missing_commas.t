# Records written one after another without commas are read, with a warning
--- query
* | table n
--- input
{"Records":[{"n":1}{"n":2}
{"n":3}]}
--- expect
{"n":"1"}
{"n":"2"}
{"n":"3"}
--- stderr
:1: missing ',' between array elements
