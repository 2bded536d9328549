# transaction: endswith=eval(<expression>); events after the last end belong to
# no transaction: keeporphans=true passes them with _txn_orphan=1
--- query
* | eval _time=ts | transaction host endswith=eval(msg="end") keeporphans=true | eval orphan='_txn_orphan' | table _time msg eventcount orphan
--- input
{"ts":1,"host":"a","msg":"begin"}
{"ts":2,"host":"a","msg":"end"}
{"ts":3,"host":"a","msg":"after"}
--- expect
{"_time":"1970-01-01T00:00:03.000+00:00","msg":"after","orphan":"1"}
{"_time":"1970-01-01T00:00:01.000+00:00","msg":["begin","end"],"eventcount":"2"}
