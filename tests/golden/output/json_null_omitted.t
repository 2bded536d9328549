# A field without a value is left out of its row (the row keeps the other
# fields in order); an empty string is a value and is shown.
--- query
| eval empty="" | table a b empty
--- input
{"a":"1","b":"2"}
{"a":"3"}
{"b":"4"}
--- expect
{"a":"1","b":"2","empty":""}
{"a":"3","empty":""}
{"b":"4","empty":""}
