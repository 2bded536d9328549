# top otherstr=
--- args
-o
json
--now
1700000000
--- query
| top limit=1 useother=true otherstr="everyone else" user
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
{"user":"everyone else","count":"3","percent":"50.000000"}
