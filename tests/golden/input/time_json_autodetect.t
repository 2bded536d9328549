# _json: the first ISO 8601 timestamp within 128 characters is _time; an
# event without one takes the previous event's time
--- query
* | table _time n
--- input
{"n":1,"timestamp":"2023-07-10T11:42:36.123Z"}
{"n":2,"when":"2023-07-10 13:42:37+02:00"}
{"n":3}
--- expect
{"_time":"2023-07-10T11:42:36.123+00:00","n":"1"}
{"_time":"2023-07-10T11:42:37.000+00:00","n":"2"}
{"_time":"2023-07-10T11:42:37.000+00:00","n":"3"}
