# appendpipe: over no results, a stats without BY still gives its one row
--- query
* | where n > 5 | appendpipe [stats count]
--- input
{"n":"1"}
--- expect
{"count":"0"}
