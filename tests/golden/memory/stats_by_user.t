# stats by a field with 3000 values holds more than 64K: the query fails naming stats and the limit, nothing is printed.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=3000 | streamstats count as n | eval user="user".n | stats count by user
--- stderr
limit error at line 1, column 74: stats: memory limit of 64K exceeded (--max-memory); narrow the search or raise the limit
--- exit
1
