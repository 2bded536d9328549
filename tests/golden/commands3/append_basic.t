# append: the subsearch's results come after the current results, unchanged
# (Splunk's example 1: counts by magType, then the total as a last row)
--- query
* | stats count by magType | append [search * | stats count]
--- input
{"magType":"ml"}
{"magType":"md"}
{"magType":"ml"}
--- expect
{"magType":"md","count":"1"}
{"magType":"ml","count":"2"}
{"count":"3"}
