# top counts each value of a multivalue field
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval t=split("x,y,x",",") | top t
--- expect
{"t":"x","count":"2","percent":"66.666667"}
{"t":"y","count":"1","percent":"33.333333"}
