# A multivalue BY field puts the event in one group per value
--- query
| stats count sum(n) by tags{}
--- input
{"tags":["a","b"],"n":"1"}
{"tags":["b"],"n":"2"}
{"tags":["c","a"],"n":"3"}
--- expect
{"tags{}":"a","count":"2","sum(n)":"4"}
{"tags{}":"b","count":"2","sum(n)":"3"}
{"tags{}":"c","count":"1","sum(n)":"3"}
