# an invalid regex is an error
--- args
-o
json
--now
1700000000
--- query
| makeresults | rex "(?<x>[a-"
--- expect

--- stderr
splq: argument error at line 1, column 21: invalid regular expression "(?<x>[a-": missing terminating ] for character class at offset 8
--- exit
1
