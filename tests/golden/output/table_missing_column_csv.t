# A field `table` names is a column even when no result holds it (Splunk
# shows it empty: SR:fillnull, "after | table test test2, test2 is
# displayed"); sort and head after the table keep its columns.
--- args
-o
csv
--- query
* | table host user src | sort - host | head 2
--- input
{"host":"a","src":"10.0.0.1"}
{"host":"b"}
{"host":"c","src":"10.0.0.3"}
--- expect
host,user,src
c,,10.0.0.3
b,,
