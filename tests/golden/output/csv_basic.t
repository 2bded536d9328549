# CSV: a header of the union of the rows' fields in first-seen order, empty
# cells for missing values, RFC 4180 quoting (commas, quotes, newlines), a
# multivalue field's values joined by a newline inside one quoted cell.
--- args
-o
csv
--- query
| table host count note tags{}
--- input
{"host":"web-1","count":"3"}
{"host":"db,primary","note":"said \"no\"","tags":["a","b"]}
{"count":"10","note":"two\nlines"}
--- expect
host,count,note,tags{}
web-1,3,,
"db,primary",,"said ""no""","a
b"
,10,"two
lines",
