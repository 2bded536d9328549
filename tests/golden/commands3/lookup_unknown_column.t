# lookup: a match or output column the table lacks is an error listing the
# table's columns
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info user OUTPUT salary
--- input
{"user":"a"}
--- stderr
lookup "user_info": the table has no output column "salary" (columns: user, department, title)
--- exit
1
