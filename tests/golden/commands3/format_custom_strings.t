# format: Splunk's example 2: the six row and column strings replace
# "(" "(" "AND" ")" "OR" ")"
--- query
* | head 2 | eval source=src, sourcetype=st, host=h | fields source, sourcetype, host | format "[" "[" "&&" "]" "||" "]"
--- input
{"src":"syslog.log","st":"syslog","h":"mylaptop"}
{"src":"bob-syslog.log","st":"syslog","h":"bobslaptop"}
--- expect
{"search":"[ [ host=\"mylaptop\" && source=\"syslog.log\" && sourcetype=\"syslog\" ] || [ host=\"bobslaptop\" && source=\"bob-syslog.log\" && sourcetype=\"syslog\" ] ]"}
