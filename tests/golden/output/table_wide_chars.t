# Table widths are terminal columns: East Asian characters take two, an
# accented letter one.
--- args
-o
table
--- query
| table name city
--- input
{"name":"José","city":"東京"}
{"name":"李小龍","city":"Paris"}
--- expect
name    city
------  -----
José    東京
李小龍  Paris
