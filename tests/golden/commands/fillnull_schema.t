# fillnull without fields fills only the fields that have a value in some
# result (SR:fillnull): b exists in row 2, so row 1 gets b=0; c is null
# everywhere (eval c=null()) and is not created; rows follow the column order
--- query
| eval c=null() | fillnull | fields - _* source sourcetype
--- input
{"a":"1"}
{"a":"2","b":"x"}
{"b":"y"}
--- expect
{"a":"1","b":"0"}
{"a":"2","b":"x"}
{"a":"0","b":"y"}
