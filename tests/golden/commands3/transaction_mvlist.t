# transaction: mvlist=true keeps every event's value in time order, nullstr
# (default NULL) standing for an event without the field
--- query
* | eval _time=ts | transaction host mvlist=true | table msg | append [search * | eval _time=ts | transaction host mvlist=msg nullstr="-" | table msg]
--- input
{"ts":1,"host":"a","msg":"b"}
{"ts":2,"host":"a"}
{"ts":3,"host":"a","msg":"a"}
{"ts":4,"host":"a","msg":"b"}
--- expect
{"msg":["b","NULL","a","b"]}
{"msg":["b","-","a","b"]}
