# -t on plain text: the named sourcetype's knowledge applies to each line
# (TIME_PREFIX/TIME_FORMAT, EVAL-); -t never changes whether the file is
# read as JSON or as text
--- args
-o
json
-t
text:epoch
--props
tests/data/input/props_custom.conf
--- query
* | table _time sourcetype level
--- input
ts=1710144000 level=INFO started
ts=1710144060 level=ERROR disk full
--- expect
{"_time":"2024-03-11T08:00:00.000+00:00","sourcetype":"text:epoch","level":"info"}
{"_time":"2024-03-11T08:01:00.000+00:00","sourcetype":"text:epoch","level":"error"}
