# lookup: without OUTPUT/OUTPUTNEW every column that is not a match column is
# written under its own name
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info user | table user department title
--- input
{"user":"alice"}
--- expect
{"user":"alice","department":"Engineering","title":"Developer"}
