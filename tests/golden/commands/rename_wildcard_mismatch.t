# rename: the two sides need the same number of wildcards
--- query
| rename a* AS b
--- input
{"a":"1"}
--- stderr
wildcard mismatch
--- exit
1
