# transaction: without fields, the constraints alone group the results
--- query
* | eval _time=ts | transaction maxpause=10s | table _time n eventcount
--- input
{"ts":1,"n":"1"}
{"ts":5,"n":"2"}
{"ts":30,"n":"3"}
--- expect
{"_time":"1970-01-01T00:00:30.000+00:00","n":"3","eventcount":"1"}
{"_time":"1970-01-01T00:00:01.000+00:00","n":["1","2"],"eventcount":"2"}
