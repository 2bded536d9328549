# spath: a malformed path is an error
--- args
-o
json
--now
1700000000
--- query
| makeresults | spath path=a{x}
--- expect

--- stderr
splq: argument error at line 1, column 23: spath: '{x}' in path 'a{x}' must be {} or {<number>}
--- exit
1
