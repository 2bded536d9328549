# format: the row and column strings come six together
--- query
* | format "(" "("
--- input
{"x":"1"}
--- stderr
format: the row and column strings come six together
--- exit
1
