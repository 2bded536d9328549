# return: $field gives just the value
--- query
* | return 2 $user
--- input
{"user":"bob"}
{"user":"fred"}
--- expect
{"search":"(bob) OR (fred)"}
