# multisearch: the events of several streaming searches, merged in input
# order; an event two subsearches keep comes twice
--- query
| multisearch [search user=alice | eval from="first"] [search action=login | eval from="second"] | table user action from
--- input
{"user":"alice","action":"login"}
{"user":"bob","action":"login"}
{"user":"alice","action":"logout"}
{"user":"carol","action":"delete"}
--- expect
{"user":"alice","action":"login","from":"first"}
{"user":"alice","action":"login","from":"second"}
{"user":"bob","action":"login","from":"second"}
{"user":"alice","action":"logout","from":"first"}
