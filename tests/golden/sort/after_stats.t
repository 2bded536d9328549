# The common detection shape: stats by a field, then sort - count
--- query
| stats count by user | sort - count
--- input
{"user":"a"}
{"user":"b"}
{"user":"b"}
{"user":"c"}
{"user":"b"}
{"user":"c"}
--- expect
{"user":"b","count":"3"}
{"user":"c","count":"2"}
{"user":"a","count":"1"}
