# SR:top useother=t: one row for the values past the limit, named by otherstr
--- args
-o
json
--now
1700000000
--- query
| top limit=1 useother=true user
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
{"user":"OTHER","count":"3","percent":"50.000000"}
