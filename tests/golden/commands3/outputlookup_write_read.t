# outputlookup: writes the results as CSV (columns in order of first
# appearance; _time as epoch seconds; quoting as needed) and passes them on;
# reading the file back gives the same rows.  The file goes to the lookup
# directory (here build/, which the build creates)
--- args
-o
json
--lookups
build
--- query
* | eval n=len(user) | table _time user n note | outputlookup splq_golden_write_read.csv | where n>100 | inputlookup append=t splq_golden_write_read.csv
--- input
{"user":"alice"}
{"user":"bob, jr","note":"say \"hi\""}
--- expect
{"_time":"1970-01-01T00:00:00.000+00:00","user":"alice","n":"5"}
{"_time":"1970-01-01T00:00:00.000+00:00","user":"bob, jr","n":"7","note":"say \"hi\""}
