# A year-less syslog timestamp more than two days after the search time
# (MAX_DAYS_HENCE) is from the year before: Mar 11 seen on 2024-01-01
--- args
-o
json
--now
1704067200
--- query
* | head 1 | table _time date_year
--- files
tests/data/input/auth.log
--- expect
{"_time":"2023-03-11T08:00:01.000+00:00","date_year":"2023"}
