# strcat: a missing field counts as empty by default
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval a="x" | strcat a nosuch "-" a out | table out
--- expect
{"out":"x-x"}
