# join: a field on both sides takes the subsearch's value (overwrite=true, the
# default) or keeps the result's (overwrite=false)
--- query
* | where kind="main" | table id v | join id [search kind="sub" | table id v] | append [search kind="main" | table id v | join overwrite=false id [search kind="sub" | table id v]]
--- input
{"kind":"main","id":"1","v":"main"}
{"kind":"sub","id":"1","v":"sub"}
--- expect
{"id":"1","v":"sub"}
{"id":"1","v":"main"}
