# return: no result gives an empty search, which a subsearch reads as no
# condition (Splunk: "the subsearch returns an empty string")
--- query
* [search user=nobody | return user] | table n
--- input
{"user":"a","n":"1"}
{"user":"b","n":"2"}
--- expect
{"n":"1"}
{"n":"2"}
