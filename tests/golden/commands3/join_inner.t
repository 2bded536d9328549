# join: the default type=inner keeps only results with a matching subsearch
# row, and adds that row's fields
--- query
* | table user action | join user [search action=logout | eval out=n | table user out]
--- input
{"user":"alice","action":"login","n":"1"}
{"user":"bob","action":"login","n":"2"}
{"user":"alice","action":"logout","n":"3"}
--- expect
{"user":"alice","action":"login","out":"3"}
{"user":"alice","action":"logout","out":"3"}
