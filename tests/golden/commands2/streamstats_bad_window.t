# window is limited to 10000 (max_stream_window)
--- args
-o
json
--now
1700000000
--- query
| makeresults | streamstats window=10001 count
--- expect

--- stderr
splq: argument error at line 1, column 36: option window must be between 0 and 10000
--- exit
1
