# -field (glued or separate) and a trailing desc reverse the order; results
# missing the field stay last
--- query
| sort -n | table id n
--- input
{"id":"1","n":"10"}
{"id":"2","n":"9"}
{"id":"3"}
{"id":"4","n":"100"}
{"id":"5","n":"abc"}
--- expect
{"id":"5","n":"abc"}
{"id":"4","n":"100"}
{"id":"1","n":"10"}
{"id":"2","n":"9"}
{"id":"3"}
