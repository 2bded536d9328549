# fields -: removes the listed fields (wildcards allowed); _raw and _time
# stay unless named explicitly
--- query
| fields - req_*, source, sourcetype, *time, date_*, time*pos
--- input
{"n":"1","req_a":"2","req_b":"3","time":"2024-03-01T12:00:00Z"}
--- expect
{"_time":"2024-03-01T12:00:00.000+00:00","_raw":"{\"n\":\"1\",\"req_a\":\"2\",\"req_b\":\"3\",\"time\":\"2024-03-01T12:00:00Z\"}","n":"1"}
