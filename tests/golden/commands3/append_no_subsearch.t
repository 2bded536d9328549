# append: a subsearch is required
--- query
* | append maxout=5
--- input
{"n":"1"}
--- stderr
append: expected a [subsearch]
--- exit
1
