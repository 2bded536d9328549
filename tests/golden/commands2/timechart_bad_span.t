# timechart: a span that is not a time span
--- args
-o
json
--now
1700000000
--- query
| makeresults | timechart span=xyz count
--- expect

--- stderr
splq: argument error at line 1, column 27: timechart: span must be a time span such as 5m, not 'xyz'
--- exit
1
