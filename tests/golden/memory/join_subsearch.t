# a subsearch's results count while they are collected.
--- args
-o
json
--max-memory
64K
--- query
| makeresults | eval user="user1" | join user [| makeresults count=3000 | streamstats count as n | eval user="user".n]
--- stderr
subsearch: memory limit of 64K exceeded (--max-memory)
--- exit
1
