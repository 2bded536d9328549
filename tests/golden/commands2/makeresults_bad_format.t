# format must be csv or json
--- args
-o
json
--now
1700000000
--- query
| makeresults format=xml data="x"
--- expect

--- stderr
splq: argument error at line 1, column 15: makeresults: format must be csv or json, not 'xml'
--- exit
1
