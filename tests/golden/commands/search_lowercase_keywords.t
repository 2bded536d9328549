# search: boolean operators must be upper case: lower-case "or" is a term
--- query
error or warning | table n
--- input
{"n":"1","msg":"error"}
{"n":"2","msg":"error or warning"}
{"n":"3","msg":"warning"}
--- expect
{"n":"2"}
