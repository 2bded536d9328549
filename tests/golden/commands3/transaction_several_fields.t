# transaction: several fields: Splunk's example of a transitive grouping —
# host=a, then host=a cookie=b, then cookie=b are one transaction
--- query
* | eval _time=ts | transaction host cookie | table _time event host cookie eventcount
--- input
{"ts":1,"event":"1","host":"a"}
{"ts":2,"event":"2","host":"a","cookie":"b"}
{"ts":3,"event":"3","cookie":"b"}
--- expect
{"_time":"1970-01-01T00:00:01.000+00:00","event":["1","2","3"],"host":"a","cookie":"b","eventcount":"3"}
