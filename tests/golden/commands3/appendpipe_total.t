# appendpipe: a summary row after the detail rows; run_in_preview= is accepted
--- query
* | stats count by user | appendpipe run_in_preview=false [stats sum(count) as total]
--- input
{"user":"a"}
{"user":"b"}
{"user":"a"}
--- expect
{"user":"a","count":"2"}
{"user":"b","count":"1"}
{"total":"3"}
