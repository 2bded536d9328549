# format: Splunk's example 1: rows become an OR of ANDs in one `search` field;
# each row's fields in name order, values quoted; the results are replaced
--- query
* | head 2 | eval source=src, sourcetype=st, host=h | fields source, sourcetype, host | format
--- input
{"src":"syslog.log","st":"syslog","h":"mylaptop"}
{"src":"bob-syslog.log","st":"syslog","h":"bobslaptop"}
{"src":"laura-syslog.log","st":"syslog","h":"lauras_laptop"}
--- expect
{"search":"( ( host=\"mylaptop\" AND source=\"syslog.log\" AND sourcetype=\"syslog\" ) OR ( host=\"bobslaptop\" AND source=\"bob-syslog.log\" AND sourcetype=\"syslog\" ) )"}
