# streamstats by a field keeps a running group per value.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=3000 | streamstats count as n | eval user="user".n | streamstats dc(n) by user | stats count
--- stderr
streamstats: memory limit of 64K exceeded (--max-memory)
--- exit
1
