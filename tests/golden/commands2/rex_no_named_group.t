# rex needs at least one named group
--- args
-o
json
--now
1700000000
--- query
| makeresults | rex "(\d+)"
--- expect

--- stderr
splq: argument error at line 1, column 21: rex: the regex '(\d+)' does not extract anything; it needs at least one named group, (?<name>...)
--- exit
1
