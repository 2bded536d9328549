# SR:spath input=<field>: read JSON from another field
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval doc="{\"a\":{\"b\":\"c\"}}" | spath input=doc path=a.b output=ab | table ab
--- expect
{"ab":"c"}
