# return: at least one field is needed
--- query
* | return 3
--- input
{"user":"bob"}
--- stderr
return: expected at least one field to return
--- exit
1
