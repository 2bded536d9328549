# appendcols: the subsearch's first result merges into the first current
# result, the second into the second...; its internal fields are not merged
--- query
* | stats count by user | appendcols [search * | stats count by action | rename count AS actions]
--- input
{"user":"alice","action":"login"}
{"user":"bob","action":"login"}
{"user":"alice","action":"logout"}
--- expect
{"user":"alice","count":"2","action":"login","actions":"2"}
{"user":"bob","count":"1","action":"logout","actions":"1"}
