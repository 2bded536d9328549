# transaction holds every result.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=3000 | streamstats count as n | eval user="user".n | transaction user | stats count
--- stderr
transaction: memory limit of 64K exceeded (--max-memory)
--- exit
1
