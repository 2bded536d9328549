# Bad input: an open subsearch bracket is reported where it opened
--- query
search [ | makeresults
--- input
{"a":"1"}
--- stderr
syntax error at line 1, column 8: '[' is not closed
--- exit
1
