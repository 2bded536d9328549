# JSON lines: nested keys joined with '.', arrays under {} as multivalue
# fields in document order, true/false/null as strings, numbers as written
--- query
* | table _time a b.c b.d.e list{} objs{}.k objs{}.v t f nul i r one
--- input
{"a":"x","b":{"c":"y","d":{"e":"z"}},"list":["l1","l2"],"objs":[{"k":"k1","v":1},{"k":"k2"},{"v":3}],"t":true,"f":false,"nul":null,"i":-42,"r":2.50,"one":1.0}
--- expect
{"_time":"1970-01-01T00:00:00.000+00:00","a":"x","b.c":"y","b.d.e":"z","list{}":["l1","l2"],"objs{}.k":["k1","k2"],"objs{}.v":["1","3"],"t":"true","f":"false","nul":"null","i":"-42","r":"2.5","one":"1.0"}
