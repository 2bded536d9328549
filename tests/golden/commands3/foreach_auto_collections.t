# foreach: mode=auto_collections takes a JSON array when the field holds one,
# else the field's values
--- query
| makeresults | eval j=json_array(1, 2), mv=mvappend("10","20"), a=0, b=0 | foreach mode=auto_collections j [eval a = a + <<ITEM>>] | foreach mode=auto_collections mv [eval b = b + <<ITEM>>] | table a b
--- expect
{"a":"3","b":"30"}
