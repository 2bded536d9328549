# rename: each pair needs AS
--- query
| rename a b
--- input
{"a":"1"}
--- stderr
rename: expected AS after 'a'
--- exit
1
