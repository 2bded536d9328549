# anomalydetection: an unknown method
--- args
-o
json
--now
1700000000
--- query
| makeresults count=200 | streamstats count AS i | eval user=if(i=7,"mallory","alice"), host=if(i%2=0,"h1","h2") | anomalydetection method=magic user
--- expect

--- stderr
splq: argument error at line 1, column 133: anomalydetection: method must be histogram, zscore or iqr, not 'magic'
--- exit
1
