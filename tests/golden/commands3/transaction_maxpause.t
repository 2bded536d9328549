# transaction: maxpause= splits a transaction where the gap between neighbours
# is longer
--- query
* | eval _time=ts | transaction host maxpause=5s | table _time msg duration eventcount
--- input
{"ts":100,"host":"a","msg":"one"}
{"ts":104,"host":"a","msg":"two"}
{"ts":110,"host":"a","msg":"three"}
{"ts":115,"host":"a","msg":"four"}
--- expect
{"_time":"1970-01-01T00:01:50.000+00:00","msg":["four","three"],"duration":"5","eventcount":"2"}
{"_time":"1970-01-01T00:01:40.000+00:00","msg":["one","two"],"duration":"4","eventcount":"2"}
