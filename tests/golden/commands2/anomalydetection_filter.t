# anomalydetection (histogram, action=filter): only results whose
# probability (the product of each field's value share) is below pthresh=0.01 stay:
# mallory is 1 in 200 (0.005 x 0.5)
--- args
-o
json
--now
1700000000
--- query
| makeresults count=200 | streamstats count AS i | eval user=if(i=7,"mallory","alice"), host=if(i%2=0,"h1","h2") | anomalydetection user host | table i user host
--- expect
{"i":"7","user":"mallory","host":"h2"}
