# format: Splunk's example 4: with no usable row (only internal fields) the
# search is emptystr, by default NOT ( )
--- query
| makeresults count=1 | format emptystr="Error Found" | append [| makeresults count=1 | format]
--- expect
{"search":"Error Found"}
{"search":"NOT ( )"}
