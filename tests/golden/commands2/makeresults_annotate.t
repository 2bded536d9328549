# SR:makeresults annotate=true: _raw, host, source, sourcetype and
# splunk_server_group have no value; splunk_server is the server's name
# (splq: local)
--- args
-o
json
--now
1700000000
--- query
| makeresults annotate=true
--- expect
{"_time":"2023-11-14T22:13:20.000+00:00","splunk_server":"local"}
