# eventstats holds every result and its groups.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=3000 | streamstats count as n | eval user="user".n | eventstats count by user | stats count
--- stderr
eventstats: memory limit of 64K exceeded (--max-memory)
--- exit
1
