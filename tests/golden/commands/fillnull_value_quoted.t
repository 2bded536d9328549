# fillnull value= takes a quoted string
--- query
| table a b | fillnull value="n/a"
--- input
{"a":"1"}
{"b":"2"}
--- expect
{"a":"1","b":"n/a"}
{"a":"n/a","b":"2"}
