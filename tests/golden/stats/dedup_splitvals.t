# dedup_splitvals=true: a value repeated in a multivalue BY field counts once
--- query
| stats dedup_splitvals=true count by t{}
--- input
{"t":["x","x","y"]}
{"t":["x"]}
--- expect
{"t{}":"x","count":"2"}
{"t{}":"y","count":"1"}
