# --color=always: the table's header is bold and its separator dim (ANSI
# escapes), even when not on a terminal; the cells stay plain; widths do not
# count the escapes
--- args
-o
table
--color=always
--- query
| makeresults count=2 | streamstats count AS n | eval name=if(n=1, "ann", "bartholomew") | fields - _time
--- expect
[1mn  name[0m
[2m-  -----------[0m
1  ann
2  bartholomew
