# rename: renaming a field that is absent onto an existing field removes the
# existing field's value (semantics §2.6)
--- query
| rename a AS b | table n b
--- input
{"n":"1","b":"old"}
{"n":"2","a":"new","b":"old"}
--- expect
{"n":"1"}
{"n":"2","b":"new"}
