# return: alias=field names the value with another field name
--- query
* | return ip=srcip
--- input
{"srcip":"10.0.0.1"}
--- expect
{"search":"ip=\"10.0.0.1\""}
