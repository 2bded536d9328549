# transaction: _raw is the events' _raw in time order, one per line; mvraw=true
# keeps them as a multivalue
--- query
* | eval _time=ts | transaction host | eval r=_raw | append [search * | eval _time=ts | transaction host mvraw=true | eval r=_raw] | table r
--- input
{"ts":2,"host":"a","n":2}
{"ts":1,"host":"a","n":1}
--- expect
{"r":"{\"ts\":1,\"host\":\"a\",\"n\":1}\n{\"ts\":2,\"host\":\"a\",\"n\":2}"}
{"r":["{\"ts\":1,\"host\":\"a\",\"n\":1}","{\"ts\":2,\"host\":\"a\",\"n\":2}"]}
