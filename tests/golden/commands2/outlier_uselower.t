# outlier uselower=true: low values are outliers too
--- args
-o
json
--now
1700000000
--- query
| makeresults count=10 | streamstats count AS i | eval v=case(i=10,500,i=1,-300,true(),i) | outlier action=remove uselower=true v | table i v
--- expect
{"i":"2","v":"2"}
{"i":"3","v":"3"}
{"i":"4","v":"4"}
{"i":"5","v":"5"}
{"i":"6","v":"6"}
{"i":"7","v":"7"}
{"i":"8","v":"8"}
{"i":"9","v":"9"}
