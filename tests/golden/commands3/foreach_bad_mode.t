# foreach: an unknown mode is an error
--- query
* | foreach mode=loop a [eval x=1]
--- input
{"a":"1"}
--- stderr
foreach: mode must be multifield, multivalue, json_array or auto_collections, not loop
--- exit
1
