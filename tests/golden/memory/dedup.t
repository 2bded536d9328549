# dedup remembers every combination it has seen.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=3000 | streamstats count as n | eval user="user".n | dedup user | stats count
--- stderr
dedup: memory limit of 64K exceeded (--max-memory)
--- exit
1
