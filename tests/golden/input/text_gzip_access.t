# gzipped plain text (recognised by content, not by name); NCSA combined
# web-server lines get sourcetype access_combined and the timestamp in
# brackets, its zone applied
--- query
* | rex "^(?<clientip>\S+) \S+ (?<user>\S+) \[[^\]]+\] \"(?<method>\S+) (?<uri>\S+)[^\"]*\" (?<status>\d+)" | table _time sourcetype clientip user method uri status
--- files
tests/data/input/access.log.gz
--- expect
{"_time":"2024-03-11T08:02:00.000+00:00","sourcetype":"access_combined","clientip":"198.51.100.7","user":"bob","method":"GET","uri":"/index.html","status":"200"}
{"_time":"2024-03-11T07:02:07.000+00:00","sourcetype":"access_combined","clientip":"203.0.113.5","user":"-","method":"POST","uri":"/login","status":"401"}
