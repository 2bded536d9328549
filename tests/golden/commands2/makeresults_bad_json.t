# data that is not JSON is an error
--- args
-o
json
--now
1700000000
--- query
| makeresults format=json data="[{\"a\":1"
--- expect

--- stderr
splq: argument error: invalid JSON: unexpected end at offset 7
--- exit
1
