# top countfield=, percentfield=
--- args
-o
json
--now
1700000000
--- query
| top countfield=n percentfield=pct user
--- input
{"user":"alice","host":"a"}
{"user":"bob","host":"a"}
{"user":"alice","host":"b"}
{"user":"carol","host":"b"}
{"user":"alice","host":"a"}
{"user":"bob","host":"b"}
{"host":"c"}
--- expect
{"user":"alice","n":"3","pct":"50.000000"}
{"user":"bob","n":"2","pct":"33.333333"}
{"user":"carol","n":"1","pct":"16.666667"}
