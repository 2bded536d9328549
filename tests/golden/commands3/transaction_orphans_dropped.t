# transaction: results without any of the fields are orphans, dropped by
# default
--- query
* | eval _time=ts | transaction host | table _time n eventcount
--- input
{"ts":1,"host":"a","n":"1"}
{"ts":2,"n":"2"}
--- expect
{"_time":"1970-01-01T00:00:01.000+00:00","n":"1","eventcount":"1"}
