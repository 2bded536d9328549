# map: Splunk's example 3: the search as a [subsearch]; a generating first
# command works
--- query
| makeresults count=2 | streamstats count | eval field="hello".count | map [| makeresults | eval pony=1, field="$field$", serial="$_serial_id$", hello="buttercup" | table field hello pony serial]
--- expect
{"field":"hello1","hello":"buttercup","pony":"1","serial":"1"}
{"field":"hello2","hello":"buttercup","pony":"1","serial":"2"}
