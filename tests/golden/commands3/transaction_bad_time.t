# transaction: a malformed time is an error
--- query
* | transaction host maxspan=soon
--- input
{"host":"a"}
--- stderr
transaction: maxspan wants a time like 30s or 5m
--- exit
1
