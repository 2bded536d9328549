# sort field: numbers numerically, before strings; strings by bytes; results
# missing the field last
--- query
| sort n | table id n
--- input
{"id":"1","n":"10"}
{"id":"2","n":"9"}
{"id":"3"}
{"id":"4","n":"100"}
{"id":"5","n":"abc"}
{"id":"6","n":"Abc"}
{"id":"7","n":"-2.5"}
--- expect
{"id":"7","n":"-2.5"}
{"id":"2","n":"9"}
{"id":"1","n":"10"}
{"id":"4","n":"100"}
{"id":"6","n":"Abc"}
{"id":"5","n":"abc"}
{"id":"3"}
