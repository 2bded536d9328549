# lookup: without --lookups no lookup exists, and the message says how to add one
--- query
* | lookup user_info user
--- input
{"user":"a"}
--- stderr
use --lookups DIR
--- exit
1
