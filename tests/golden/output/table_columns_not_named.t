# Columns are named only by a table whose list has no wildcard and which
# only filtering or reordering commands follow: after eval (or with
# user*), the columns are those the rows hold.
--- args
-o
csv
--- query
* | table host nosuch | eval x=1
--- input
{"host":"a"}
--- expect
host,x
a,1
