# Each of the commands of two_commands.t fits the ceiling alone.
--- args
-o
json
--max-memory
64K
--- query
| makeresults count=80 | streamstats count as n | eval user="user".n | eventstats count | stats count | append [| makeresults count=80 | streamstats count as n | eval user="user".n | sort n | stats count]
--- expect
{"count":"80"}
{"count":"80"}
