# search: NOT applies to a parenthesised group
--- query
NOT (a=1 b=1) | table n
--- input
{"n":"1","a":"1","b":"1"}
{"n":"2","a":"1","b":"2"}
{"n":"3"}
--- expect
{"n":"2"}
{"n":"3"}
