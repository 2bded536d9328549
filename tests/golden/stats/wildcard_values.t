# A wildcard aggregates every matching field (BY fields excluded); with
# `AS x*` each column takes what '*' matched.  Columns come in name order.
--- query
| stats values(x*) AS x* count by k
--- input
{"k":"1","xb":"p","xa":"q","y":"no"}
{"k":"1","xb":"r"}
{"k":"2","xc":"s"}
--- expect
{"k":"1","xa":"q","xb":["p","r"],"count":"2"}
{"k":"2","xc":"s","count":"1"}
