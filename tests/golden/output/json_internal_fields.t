# Internal fields (names starting with "_") are not shown, except _time and
# _raw.  _time is ISO 8601 with milliseconds and the zone offset (TZ=UTC).
--- query
| eval _hidden="x", shown="y" | table _time _raw _hidden shown
--- input
{"eventTime":"2024-03-11T08:11:18Z","eventName":"JobCreated"}
--- args
-o
json
-t
aws:cloudtrail
--- expect
{"_time":"2024-03-11T08:11:18.000+00:00","_raw":"{\"eventTime\":\"2024-03-11T08:11:18Z\",\"eventName\":\"JobCreated\"}","shown":"y"}
