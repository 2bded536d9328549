# Only auto(), str(), num() and ip() wrap a sort field
--- query
| sort lower(x)
--- input
{"n":"1"}
--- stderr
unknown sort function 'lower'
--- exit
1
