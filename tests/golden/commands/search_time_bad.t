# search: a malformed time modifier is an argument error
--- query
earliest=yesterday
--- input
{"n":"1"}
--- stderr
invalid time modifier 'yesterday'
--- exit
1
