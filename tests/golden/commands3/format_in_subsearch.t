# format: an explicit format at the end of a subsearch, with OR between the
# columns, makes the outer search match either field
--- query
* [search kind="pick" | table a b | format "(" "(" "OR" ")" "OR" ")"] | table kind a b
--- input
{"kind":"pick","a":"1","b":"2"}
{"kind":"x","a":"1"}
{"kind":"y","b":"2"}
{"kind":"z","a":"3","b":"4"}
--- expect
{"kind":"pick","a":"1","b":"2"}
{"kind":"x","a":"1"}
{"kind":"y","b":"2"}
