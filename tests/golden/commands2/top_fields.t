# top with two fields: combinations
--- args
-o
json
--now
1700000000
--- query
| top user host
--- input
{"user":"alice","host":"a"}
{"user":"bob","host":"a"}
{"user":"alice","host":"b"}
{"user":"carol","host":"b"}
{"user":"alice","host":"a"}
{"user":"bob","host":"b"}
{"host":"c"}
--- expect
{"user":"alice","host":"a","count":"2","percent":"33.333333"}
{"user":"bob","host":"a","count":"1","percent":"16.666667"}
{"user":"alice","host":"b","count":"1","percent":"16.666667"}
{"user":"carol","host":"b","count":"1","percent":"16.666667"}
{"user":"bob","host":"b","count":"1","percent":"16.666667"}
