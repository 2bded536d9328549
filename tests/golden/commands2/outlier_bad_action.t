# outlier action must be transform or remove
--- args
-o
json
--now
1700000000
--- query
| makeresults count=10 | streamstats count AS i | eval v=case(i=10,500,i=1,-300,true(),i) | outlier action=drop v
--- expect

--- stderr
splq: argument error at line 1, column 101: outlier: action must be transform (TF) or remove (RM), not 'drop'
--- exit
1
