# head: the count must be a non-negative integer
--- query
| head -3
--- input
{"n":"1"}
--- stderr
head count must be at least 0
--- exit
1
