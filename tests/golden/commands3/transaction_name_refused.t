# transaction: name= needs transactiontypes.conf, which splq does not read
--- query
* | transaction name=mytxn
--- input
{"host":"a"}
--- stderr
transaction: name= (transactiontypes.conf) is not supported
--- exit
1
