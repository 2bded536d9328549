# sort holds every result until the end.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=3000 | streamstats count as n | eval user="user".n | sort - n
--- stderr
sort: memory limit of 64K exceeded (--max-memory)
--- exit
1
