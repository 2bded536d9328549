# anomalydetection pthresh=: a threshold above 0.5 x 0.995 flags everything
--- args
-o
json
--now
1700000000
--- query
| makeresults count=200 | streamstats count AS i | eval user=if(i=7,"mallory","alice"), host=if(i%2=0,"h1","h2") | anomalydetection pthresh=0.6 user host | stats count
--- expect
{"count":"200"}
