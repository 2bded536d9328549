# anomalydetection action=annotate (the corpus form with quoted field names):
# every result, with log_event_prob, probable_cause, probable_cause_freq, max_freq
--- args
-o
json
--now
1700000000
--- query
| makeresults count=20 | streamstats count AS i | eval user=if(i=7,"mallory","alice"), host=if(i%2=0,"h1","h2") | anomalydetection "user" "host" action=annotate | search i<=7 i>=6 | table i user log_event_prob probable_cause probable_cause_freq max_freq
--- expect
{"i":"6","user":"alice","log_event_prob":"-0.744","probable_cause":"host","probable_cause_freq":"0.500","max_freq":"0.500"}
{"i":"7","user":"mallory","log_event_prob":"-3.689","probable_cause":"user","probable_cause_freq":"0.050","max_freq":"0.950"}
