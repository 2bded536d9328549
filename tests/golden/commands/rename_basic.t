# rename: a AS b, c AS "d e" (quoted names with spaces)
--- query
| rename a AS b, c as "d e" | table b "d e"
--- input
{"a":"1","c":"2"}
--- expect
{"b":"1","d e":"2"}
