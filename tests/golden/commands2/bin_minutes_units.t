# bin accepts Splunk time units: 15min, 2hours, 30s
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval a=1700000123, b=a, c=a | bin a span=15min | bin b span=2hours | bin c span=30s | eval a=strftime(a,"%H:%M:%S"), b=strftime(b,"%H:%M:%S"), c=strftime(c,"%H:%M:%S") | table a b c
--- expect
{"a":"22:15:00","b":"22:00:00","c":"22:15:00"}
