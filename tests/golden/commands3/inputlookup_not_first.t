# inputlookup: without append=true it must start the search
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | inputlookup status.csv
--- input
{"a":"1"}
--- stderr
inputlookup must be the first command of a search, unless append=true
--- exit
1
