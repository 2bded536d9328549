# addcoltotals labelfield= label= and a field list
--- args
-o
json
--now
1700000000
--- query
| table host GET POST | addcoltotals labelfield=host label=ALL GET
--- input
{"host":"web1","GET":"10","POST":"5"}
{"host":"web2","GET":"7","POST":"x","PUT":"1.5"}
{"host":"web3"}
--- expect
{"host":"web1","GET":"10","POST":"5"}
{"host":"web2","GET":"7","POST":"x"}
{"host":"web3"}
{"host":"ALL","GET":"17"}
