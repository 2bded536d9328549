# outputlookup: a name that is neither a definition nor a .csv file is an error
--- args
-o
json
--lookups
build
--- query
* | outputlookup not_a_csv
--- input
{"user":"alice"}
--- stderr
outputlookup: "not_a_csv" is neither a lookup definition nor a file name ending in .csv or .csv.gz
--- exit
1
