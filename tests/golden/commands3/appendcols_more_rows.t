# appendcols: subsearch results beyond the current ones become results of
# their own
--- query
* | head 1 | table user | appendcols [search * | table n]
--- input
{"user":"a","n":"1"}
{"user":"b","n":"2"}
{"user":"c","n":"3"}
--- expect
{"user":"a","n":"1"}
{"n":"2"}
{"n":"3"}
