# aws:cloudtrail: _time from eventTime, with Splunk's date_* fields
--- query
* | table _time date_year date_month date_mday date_wday date_hour date_minute date_second date_zone
--- input
{"eventVersion":"1.08","eventTime":"2024-03-09T23:58:07Z","eventSource":"ecr.amazonaws.com","eventName":"PutImage","awsRegion":"us-east-1"}
--- expect
{"_time":"2024-03-09T23:58:07.000+00:00","date_year":"2024","date_month":"march","date_mday":"9","date_wday":"saturday","date_hour":"23","date_minute":"58","date_second":"7","date_zone":"0"}
