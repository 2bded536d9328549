# bin: a span that is not a number or time span
--- args
-o
json
--now
1700000000
--- query
| makeresults | bin _time span=abc
--- expect

--- stderr
splq: argument error at line 1, column 27: bin: span must be a positive number or time span (10, 5m, 1h, 1d), not 'abc'
--- exit
1
