# TIMESTAMP_FIELDS: the timestamp is read from an extracted field
--- args
-o
json
-t
app:epoch
--props
tests/data/input/props_custom.conf
--- query
* | table _time date_hour
--- input
{"when": "1582817149.500", "other": "2001-01-01T00:00:00Z"}
--- expect
{"_time":"2020-02-27T15:25:49.500+00:00"}
