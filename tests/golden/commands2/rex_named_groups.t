# SR:rex: named groups create fields; the default field is _raw
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="From: Susan To: Bob" | rex "From: (?<from>.*) To: (?<to>.*)" | table from to
--- expect
{"from":"Susan","to":"Bob"}
