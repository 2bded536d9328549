# eval: assigning null removes the field
--- query
| eval a=null(), c=d | table a b c
--- input
{"a":"1","b":"2"}
--- expect
{"b":"2"}
