# key=value pairs of plain text with extract (kv); ISO timestamps with a
# comma before the milliseconds; a line with no timestamp takes the previous
# event's time; a line starting with '[' is text, not a JSON array; leading
# blanks stay in _raw; an undetected text sourcetype is the file's base name
--- query
* | kv | table _time sourcetype user action status reason _raw
--- files
tests/data/input/app.log
--- expect
{"_time":"2024-03-11T08:00:00.120+00:00","sourcetype":"app","user":"alice","action":"login","status":"ok","_raw":"2024-03-11 08:00:00,120 INFO  user=alice action=login src=10.0.0.5 status=ok"}
{"_time":"2024-03-11T08:00:02.004+00:00","sourcetype":"app","user":"bob","action":"login","status":"failed","reason":"bad password","_raw":"2024-03-11 08:00:02,004 WARN  user=bob action=login src=10.0.0.9 status=failed reason=\"bad password\""}
{"_time":"2024-03-11T08:00:02.004+00:00","sourcetype":"app","_raw":"  continuation of the warning above (no timestamp: the previous event's time)"}
{"_time":"2024-03-11T08:01:00.000+00:00","sourcetype":"app","user":"bob","action":"upload","status":"failed","_raw":"[2024-03-11 08:01:00] ERROR user=bob action=upload bytes=5120 status=failed"}
