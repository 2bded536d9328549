# lookup: a table may be named by its .csv file in a lookup directory; local=
# and update= are accepted
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup local=true update=false users.csv user OUTPUT title | table user title
--- input
{"user":"Dave"}
--- expect
{"user":"Dave","title":"Agent"}
