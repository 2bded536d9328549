# SR:addtotals col=true labelfield= label=: a last result with the column sums
# (Total column included), the label in labelfield
--- args
-o
json
--now
1700000000
--- query
| table host GET POST PUT | addtotals col=true labelfield=host label="All hosts"
--- input
{"host":"web1","GET":"10","POST":"5"}
{"host":"web2","GET":"7","POST":"x","PUT":"1.5"}
{"host":"web3"}
--- expect
{"host":"web1","GET":"10","POST":"5","Total":"15"}
{"host":"web2","GET":"7","POST":"x","PUT":"1.5","Total":"8.5"}
{"host":"web3"}
{"host":"All hosts","GET":"17","POST":"5","Total":"23.5","PUT":"1.5"}
