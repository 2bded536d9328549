# rex _KEY_n/_VAL_n groups name fields from the text
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s="color=red" | rex field=s "(?<_KEY_1>\w+)=(?<_VAL_1>\w+)" | table color
--- expect
{"color":"red"}
