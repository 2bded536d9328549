# Options stop at QUERY: what follows it is input files, even "-o".
--- args
--- query
| stats count
--- files
-o
csv
--- stderr
splq: input error: -o
--- exit
1
