# The ceiling is the whole query's: eventstats and sort each hold 80
# results within 64K (one_command_fits.t), but while eventstats hands its
# results to sort both hold them, and together they exceed it.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=80 | streamstats count as n | eval user="user".n | eventstats count | sort n | stats count
--- stderr
limit error at line 1, column 91: sort: memory limit of 64K exceeded (--max-memory)
--- exit
1
