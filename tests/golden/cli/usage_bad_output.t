# -o takes table, json or csv.
--- args
-o
xml
--- query
| stats count
--- stderr
splq: unknown output format 'xml' (table, json or csv)
--- exit
2
