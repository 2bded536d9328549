# Division and modulo by zero give null (Splunk), not an error or a crash.
--- query
| makeresults | eval a=1/0, b=5%0, c=if(isnull(1/0),"null","x") | table a b c
--- expect
{"c":"null"}
