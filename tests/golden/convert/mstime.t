# mstime(): [MM:]SS.SSS to seconds
--- query
| convert mstime(m) AS secs | table m secs
--- input
{"m":"01:02.500"}
{"m":"3.25"}
{"m":"x"}
--- expect
{"m":"01:02.500","secs":"62.5"}
{"m":"3.25","secs":"3.25"}
{"m":"x","secs":"x"}
