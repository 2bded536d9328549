# SR:top: the most common values, count and percent (6 decimals), count
# descending; results without the field are not counted
--- args
-o
json
--now
1700000000
--- query
| top user
--- input
{"user":"alice","host":"a"}
{"user":"bob","host":"a"}
{"user":"alice","host":"b"}
{"user":"carol","host":"b"}
{"user":"alice","host":"a"}
{"user":"bob","host":"b"}
{"host":"c"}
--- expect
{"user":"alice","count":"3","percent":"50.000000"}
{"user":"bob","count":"2","percent":"33.333333"}
{"user":"carol","count":"1","percent":"16.666667"}
