# transaction: keepevicted=true also outputs transactions that never closed,
# with closed_txn=0 (complete ones have closed_txn=1)
--- query
* | eval _time=ts | transaction user startswith=(op="login") keepevicted=true | table _time op eventcount closed_txn
--- input
{"ts":1,"user":"u","op":"before"}
{"ts":2,"user":"u","op":"login"}
{"ts":3,"user":"u","op":"work"}
--- expect
{"_time":"1970-01-01T00:00:02.000+00:00","op":["login","work"],"eventcount":"2","closed_txn":"1"}
{"_time":"1970-01-01T00:00:01.000+00:00","op":"before","eventcount":"1","closed_txn":"0"}
