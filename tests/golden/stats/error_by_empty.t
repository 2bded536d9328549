# BY needs at least one field
--- query
| stats count by
--- input
{"h":"x"}
--- stderr
expected a field name after BY
--- exit
1
