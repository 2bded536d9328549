# SR:outlier (action=transform, param=2.5): values above Q3+2.5*IQR are clamped
# to that bound; values below are kept (uselower=false).  Q1, Q3 by linear interpolation:
# values -300,2..9,500: Q1=3.25, Q3=7.75, bound 7.75+2.5*4.5=19
--- args
-o
json
--now
1700000000
--- query
| makeresults count=10 | streamstats count AS i | eval v=case(i=10,500,i=1,-300,true(),i) | outlier v | table i v
--- expect
{"i":"1","v":"-300"}
{"i":"2","v":"2"}
{"i":"3","v":"3"}
{"i":"4","v":"4"}
{"i":"5","v":"5"}
{"i":"6","v":"6"}
{"i":"7","v":"7"}
{"i":"8","v":"8"}
{"i":"9","v":"9"}
{"i":"10","v":"19"}
