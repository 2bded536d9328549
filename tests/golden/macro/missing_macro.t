# A macro that is defined nowhere is an error at the call, in the user's text.
--- query
search a | `nosuch` | head
--- stderr
splq: macro error at line 1, column 12: macro `nosuch` is not defined
search a | `nosuch` | head
           ^
--- exit
1
