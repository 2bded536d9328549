# chart holds a cell per row and column.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=3000 | streamstats count as n | eval user="user".n | chart count over user by n
--- stderr
chart: memory limit of 64K exceeded (--max-memory)
--- exit
1
