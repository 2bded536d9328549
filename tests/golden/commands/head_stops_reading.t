# head stops the reading of input once it has its N, and everything after it
# still finishes: sort | head exits 0; head | stats counts N; a subsearch's
# head does not stop the outer search (bug fixes: a stopped run used to end
# with "no error" and status 1).
--- query
* | head 3 | stats count | append [search * | head 1 | stats count] | append [search * | stats count by eventName | sort - count | head 1 | fields - eventName]
--- files
tests/data/cloudtrail_sample.json
--- expect
{"count":"3"}
{"count":"1"}
{"count":"10"}
