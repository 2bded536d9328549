# convert needs a conversion
--- query
| convert timeformat="%Y"
--- input
{"x":"1"}
--- stderr
convert: expected a conversion
--- exit
1
