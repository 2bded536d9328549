# No timestamp and no earlier event: _time is 0 (Splunk would use the time
# of indexing, which is not reproducible)
--- query
* | table _time n
--- input
{"n":1}
--- expect
{"_time":"1970-01-01T00:00:00.000+00:00","n":"1"}
