# transaction: with startswith only, a transaction is complete once it reaches
# a start event (seen backwards); one that never does is evicted and dropped
--- query
* | eval _time=ts | transaction user startsWith=(op="login") | table _time op eventcount
--- input
{"ts":1,"user":"u","op":"before"}
{"ts":2,"user":"u","op":"login"}
{"ts":3,"user":"u","op":"work"}
{"ts":4,"user":"u","op":"login"}
{"ts":5,"user":"u","op":"work"}
--- expect
{"_time":"1970-01-01T00:00:04.000+00:00","op":["login","work"],"eventcount":"2"}
{"_time":"1970-01-01T00:00:02.000+00:00","op":["login","work"],"eventcount":"2"}
