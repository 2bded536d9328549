# union: after other commands, the current results come first (Splunk's
# example 2: chart ... | union [search error | chart ...])
--- query
* | stats count by category1 | union [search error | stats count by category2]
--- input
{"category1":"x","category2":"p"}
{"category1":"y","category2":"q","msg":"error"}
--- expect
{"category1":"x","count":"1"}
{"category1":"y","count":"1"}
{"category2":"q","count":"1"}
