# addtotals with a field list (wildcards allowed) and fieldname=
--- args
-o
json
--now
1700000000
--- query
| table host GET POST PUT | addtotals fieldname=sum P*
--- input
{"host":"web1","GET":"10","POST":"5"}
{"host":"web2","GET":"7","POST":"x","PUT":"1.5"}
{"host":"web3"}
--- expect
{"host":"web1","GET":"10","POST":"5","sum":"5"}
{"host":"web2","GET":"7","POST":"x","PUT":"1.5","sum":"1.5"}
{"host":"web3"}
