# SR:rex offset_field: name=start-end, zero-based, end inclusive
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s="abcdefghijklmn" | rex field=s "(?<tenchars>.{10})" offset_field=off | table tenchars off
--- expect
{"tenchars":"abcdefghij","off":"tenchars=0-9"}
