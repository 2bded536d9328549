# addcoltotals labelfield= naming a new field: it is added to the total row
--- args
-o
json
--now
1700000000
--- query
| table host GET | addcoltotals labelfield=summary
--- input
{"host":"web1","GET":"10","POST":"5"}
{"host":"web2","GET":"7","POST":"x","PUT":"1.5"}
{"host":"web3"}
--- expect
{"host":"web1","GET":"10"}
{"host":"web2","GET":"7"}
{"host":"web3"}
{"GET":"17","summary":"Total"}
