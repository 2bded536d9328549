# An unknown conversion is an error
--- query
| convert tostring(x)
--- input
{"x":"1"}
--- stderr
unknown conversion 'tostring'
--- exit
1
