# union: timeout= (a cache duration in Splunk) is accepted
--- query
| union timeout=600 maxtime=120 [search n=1] [search n=2] | table n
--- input
{"n":"1"}
{"n":"2"}
--- expect
{"n":"1"}
{"n":"2"}
