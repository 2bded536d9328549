# outlier without fields: every numeric field
--- args
-o
json
--now
1700000000
--- query
| makeresults count=10 | streamstats count AS i | eval v=case(i=10,500,i=1,-300,true(),i) | eval w=v*2, s="text" | outlier action=remove | table i v w s
--- expect
{"i":"1","v":"-300","w":"-600","s":"text"}
{"i":"2","v":"2","w":"4","s":"text"}
{"i":"3","v":"3","w":"6","s":"text"}
{"i":"4","v":"4","w":"8","s":"text"}
{"i":"5","v":"5","w":"10","s":"text"}
{"i":"6","v":"6","w":"12","s":"text"}
{"i":"7","v":"7","w":"14","s":"text"}
{"i":"8","v":"8","w":"16","s":"text"}
{"i":"9","v":"9","w":"18","s":"text"}
