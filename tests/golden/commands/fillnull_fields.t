# fillnull with a field list fills only those fields, creating them where
# they are null
--- query
| fillnull value=NULL b, c | table a b c
--- input
{"a":"1"}
{"a":"2","b":"x"}
--- expect
{"a":"1","b":"NULL","c":"NULL"}
{"a":"2","b":"x","c":"NULL"}
