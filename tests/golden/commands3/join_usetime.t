# join: usetime=true with earlier=true (the default) keeps only subsearch rows
# no later than the result, to the second; earlier=false only those no earlier
--- query
* | eval _time=ts | where kind="main" | table _time id | join usetime=true id [search kind="sub" | eval _time=ts | table _time id s] | eval side="earlier" | append [search kind="main" | eval _time=ts | table _time id | join usetime=true earlier=false id [search kind="sub" | eval _time=ts | table _time id s] | eval side="later"] | table id s side
--- input
{"kind":"main","id":"1","ts":100.5}
{"kind":"sub","id":"1","s":"later","ts":200}
{"kind":"sub","id":"1","s":"same second","ts":100.9}
--- expect
{"id":"1","s":"same second","side":"earlier"}
{"id":"1","s":"later","side":"later"}
