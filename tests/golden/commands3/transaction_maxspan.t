# transaction: maxspan= bounds first-to-last time (units s, m, h, d)
--- query
* | eval _time=ts | transaction user connected=false maxspan=2m | table _time msg duration eventcount
--- input
{"ts":0,"user":"u","msg":"a"}
{"ts":60,"user":"u","msg":"b"}
{"ts":120,"user":"u","msg":"c"}
{"ts":121,"user":"u","msg":"d"}
--- expect
{"_time":"1970-01-01T00:01:00.000+00:00","msg":["b","c","d"],"duration":"61","eventcount":"3"}
{"_time":"1970-01-01T00:00:00.000+00:00","msg":"a","duration":"0","eventcount":"1"}
