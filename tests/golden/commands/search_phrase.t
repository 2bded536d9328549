# search: a quoted phrase matches the words in that order (case-insensitive)
--- query
"failed password" | table n
--- input
{"n":"1","msg":"Failed password for root"}
{"n":"2","msg":"password failed"}
{"n":"3","msg":"failed passwords"}
--- expect
{"n":"1"}
