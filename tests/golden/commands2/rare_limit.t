# rare limit=1 by
--- args
-o
json
--now
1700000000
--- query
| rare limit=1 user by host
--- input
{"user":"alice","host":"a"}
{"user":"bob","host":"a"}
{"user":"alice","host":"b"}
{"user":"carol","host":"b"}
{"user":"alice","host":"a"}
{"user":"bob","host":"b"}
{"host":"c"}
--- expect
{"host":"a","user":"bob","count":"1","percent":"33.333333"}
{"host":"b","user":"alice","count":"1","percent":"33.333333"}
