# Several keys, comma- or blank-separated, each with its own direction (the
# corpus form `sort - _time,src, query`)
--- query
| sort - a,b, -c | table a b c
--- input
{"a":"1","b":"y","c":"1"}
{"a":"2","b":"x","c":"1"}
{"a":"1","b":"x","c":"1"}
{"a":"1","b":"x","c":"3"}
{"a":"2","b":"y","c":"5"}
--- expect
{"a":"2","b":"x","c":"1"}
{"a":"2","b":"y","c":"5"}
{"a":"1","b":"x","c":"3"}
{"a":"1","b":"x","c":"1"}
{"a":"1","b":"y","c":"1"}
