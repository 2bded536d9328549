# dedup: a multivalue field is a duplicate only when all its values match
--- query
| dedup tags{} | table n
--- input
{"n":"1","tags":["x","y"]}
{"n":"2","tags":["x"]}
{"n":"3","tags":["x","y"]}
{"n":"4","tags":["y","x"]}
--- expect
{"n":"1"}
{"n":"2"}
{"n":"4"}
