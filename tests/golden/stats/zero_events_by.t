# With BY, no events means no rows
--- query
| stats count by a
--- input
--- expect
