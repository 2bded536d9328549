# By default a value repeated in a multivalue BY field counts each time
--- query
| stats count by t{}
--- input
{"t":["x","x","y"]}
{"t":["x"]}
--- expect
{"t{}":"x","count":"3"}
{"t{}":"y","count":"1"}
