# outputlookup: without a lookup directory there is nowhere to write
--- query
* | outputlookup x.csv
--- input
{"user":"alice"}
--- stderr
outputlookup: no lookup directory to write "x.csv" to (use --lookups DIR)
--- exit
1
