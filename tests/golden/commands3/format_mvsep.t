# format: Splunk's example 3: a multivalue field is its values in parentheses,
# separated by mvsep
--- query
* | eval foo=split("eventtype,log_level", ",") | fields foo | format mvsep="mvseparator" "{" "[" "AND" "]" "AND" "}"
--- input
{"x":"1"}
--- expect
{"search":"{ [ ( foo=\"eventtype\" mvseparator foo=\"log_level\" ) ] }"}
