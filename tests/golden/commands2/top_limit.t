# top N / limit=N keeps the first N rows
--- args
-o
json
--now
1700000000
--- query
| top 1 user
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
