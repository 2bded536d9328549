# xmlkv: text without XML adds nothing
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval m="plain text a<b" | xmlkv m | eval n=1 | table m n
--- expect
{"m":"plain text a<b","n":"1"}
