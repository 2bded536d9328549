# timechart over no results: no rows
--- args
-o
json
--now
1700000000
--- query
| makeresults | where 1=2 | timechart span=1h count
--- expect

