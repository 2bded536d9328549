# join: a subsearch is required
--- query
* | join user
--- input
{"user":"a"}
--- stderr
join: expected a [subsearch]
--- exit
1
