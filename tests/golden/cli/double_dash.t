# "--" ends the options explicitly.
--- args
-o
csv
--
--- query
| stats count
--- input
{"a":"1"}
--- expect
count
1
