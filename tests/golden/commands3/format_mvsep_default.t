# format: the default mvsep is OR
--- query
* | eval foo=split("a,b", ",") | table foo | format
--- input
{"x":"1"}
--- expect
{"search":"( ( ( foo=\"a\" OR foo=\"b\" ) ) )"}
