# return: Splunk's example 1: `error [search user=boss | return ip]` searches
# for ip="<the first result's ip>"
--- query
* | head 1 | return ip | append [search error [search user=boss | return ip] | table _raw]
--- input
{"user":"boss","ip":"10.1.1.2"}
{"user":"boss","ip":"10.9.9.9"}
{"msg":"error","ip":"10.1.1.2"}
{"msg":"error","ip":"10.2.2.2"}
--- expect
{"search":"ip=\"10.1.1.2\""}
{"_raw":"{\"msg\":\"error\",\"ip\":\"10.1.1.2\"}"}
