# --earliest/--latest bound _time for every event read: earliest is
# inclusive, latest exclusive (as Splunk's time range picker); ISO dates,
# Splunk's %m/%d/%Y:%H:%M:%S and relative modifiers against --now.
--- args
-o
json
--now
1710158400
--earliest
-4h@h
--latest
2024-03-11T12:00:00
--- query
* | table _time n
--- input
{"n":"1","time":"2024-03-11T07:59:59Z"}
{"n":"2","time":"2024-03-11T08:00:00Z"}
{"n":"3","time":"2024-03-11T11:59:59Z"}
{"n":"4","time":"2024-03-11T12:00:00Z"}
--- expect
{"_time":"2024-03-11T08:00:00.000+00:00","n":"2"}
{"_time":"2024-03-11T11:59:59.000+00:00","n":"3"}
