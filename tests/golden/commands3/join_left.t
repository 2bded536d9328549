# join: type=left (and outer, the same) keeps results without a match,
# unchanged
--- query
* | table user action | join type=left user [search action=logout | eval out=n | table user out] | join type=outer user [search user=nobody | eval z=1]
--- input
{"user":"alice","action":"login","n":"1"}
{"user":"bob","action":"login","n":"2"}
{"user":"alice","action":"logout","n":"3"}
--- expect
{"user":"alice","action":"login","out":"3"}
{"user":"bob","action":"login"}
{"user":"alice","action":"logout","out":"3"}
