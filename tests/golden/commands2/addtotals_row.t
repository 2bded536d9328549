# SR:addtotals: each result gets Total, the sum of its numeric fields
--- args
-o
json
--now
1700000000
--- query
| table host GET POST PUT | addtotals
--- input
{"host":"web1","GET":"10","POST":"5"}
{"host":"web2","GET":"7","POST":"x","PUT":"1.5"}
{"host":"web3"}
--- expect
{"host":"web1","GET":"10","POST":"5","Total":"15"}
{"host":"web2","GET":"7","POST":"x","PUT":"1.5","Total":"8.5"}
{"host":"web3"}
