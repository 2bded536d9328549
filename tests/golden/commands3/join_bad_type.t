# join: type is inner, outer or left
--- query
* | join type=right user [search *]
--- input
{"user":"a"}
--- stderr
join: type must be inner, outer or left
--- exit
1
