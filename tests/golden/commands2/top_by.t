# SR:top ... by: rows per BY group, groups ordered by their values
--- args
-o
json
--now
1700000000
--- query
| top limit=1 user by host
--- input
{"user":"alice","host":"a"}
{"user":"bob","host":"a"}
{"user":"alice","host":"b"}
{"user":"carol","host":"b"}
{"user":"alice","host":"a"}
{"user":"bob","host":"b"}
{"host":"c"}
--- expect
{"host":"a","user":"alice","count":"2","percent":"66.666667"}
{"host":"b","user":"alice","count":"1","percent":"33.333333"}
