# foreach: the template may only hold streaming commands
--- query
* | foreach a* [stats count]
--- input
{"a1":"1"}
--- stderr
foreach: the template may only use streaming commands, not stats
--- exit
1
