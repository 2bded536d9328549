# top showcount=f showperc=f
--- args
-o
json
--now
1700000000
--- query
| top showcount=false showperc=false user
--- input
{"user":"alice","host":"a"}
{"user":"bob","host":"a"}
{"user":"alice","host":"b"}
{"user":"carol","host":"b"}
{"user":"alice","host":"a"}
{"user":"bob","host":"b"}
{"host":"c"}
--- expect
{"user":"alice"}
{"user":"bob"}
{"user":"carol"}
