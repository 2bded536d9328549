# format: maxresults= uses only the first rows; quotes and backslashes in
# values are escaped
--- query
* | table v | format maxresults=2
--- input
{"v":"say \"hi\""}
{"v":"C:\\temp"}
{"v":"third"}
--- expect
{"search":"( ( v=\"say \\\"hi\\\"\" ) OR ( v=\"C:\\\\temp\" ) )"}
