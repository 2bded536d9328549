# table: _time is kept when listed
--- query
| table _time n
--- input
{"n":"1","time":"2024-03-01T12:00:00Z"}
--- expect
{"_time":"2024-03-01T12:00:00.000+00:00","n":"1"}
