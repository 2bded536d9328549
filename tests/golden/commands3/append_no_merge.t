# append: rows that share field values are not merged (Splunk's example 3)
--- query
* | stats count by method | append [search * | stats count by method]
--- input
{"method":"GET"}
{"method":"POST"}
--- expect
{"method":"GET","count":"1"}
{"method":"POST","count":"1"}
{"method":"GET","count":"1"}
{"method":"POST","count":"1"}
