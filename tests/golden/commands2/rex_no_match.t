# rex: no match leaves the event, and existing fields, unchanged
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval user="keep", s="nothing here" | rex field=s "user=(?<user>\w+)" | table user
--- expect
{"user":"keep"}
