# SR:rare: the least common values first; ties in order of first appearance
--- args
-o
json
--now
1700000000
--- query
| rare user
--- input
{"user":"alice","host":"a"}
{"user":"bob","host":"a"}
{"user":"alice","host":"b"}
{"user":"carol","host":"b"}
{"user":"alice","host":"a"}
{"user":"bob","host":"b"}
{"host":"c"}
--- expect
{"user":"carol","count":"1","percent":"16.666667"}
{"user":"bob","count":"2","percent":"33.333333"}
{"user":"alice","count":"3","percent":"50.000000"}
