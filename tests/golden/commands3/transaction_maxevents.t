# transaction: maxevents= caps the events per transaction (counted from the
# newest, as Splunk reads them)
--- query
* | eval _time=ts | transaction host maxevents=2 | table _time msg eventcount
--- input
{"ts":1,"host":"a","msg":"x1"}
{"ts":2,"host":"a","msg":"x2"}
{"ts":3,"host":"a","msg":"x3"}
--- expect
{"_time":"1970-01-01T00:00:02.000+00:00","msg":["x2","x3"],"eventcount":"2"}
{"_time":"1970-01-01T00:00:01.000+00:00","msg":"x1","eventcount":"1"}
