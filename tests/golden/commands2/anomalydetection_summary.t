# anomalydetection action=summary: one result counting events and anomalies
--- args
-o
json
--now
1700000000
--- query
| makeresults count=200 | streamstats count AS i | eval user=if(i=7,"mallory","alice"), host=if(i%2=0,"h1","h2") | anomalydetection action=summary user host
--- expect
{"count":"200","anomalies":"1","pthresh":"0.01"}
