# appendpipe: Splunk's example: subtotals per action over the current results,
# appended after them (the subpipeline reads the results, not the inputs)
--- query
* | stats count by action user | appendpipe [stats sum(count) as count by action | eval user = "TOTAL - ALL USERS"] | sort action | table action user count
--- input
{"action":"add","user":"admin"}
{"action":"accelerate","user":"admin"}
{"action":"accelerate","user":"buttercup"}
{"action":"accelerate","user":"buttercup"}
--- expect
{"action":"accelerate","user":"admin","count":"1"}
{"action":"accelerate","user":"buttercup","count":"2"}
{"action":"accelerate","user":"TOTAL - ALL USERS","count":"3"}
{"action":"add","user":"admin","count":"1"}
{"action":"add","user":"TOTAL - ALL USERS","count":"1"}
