# transaction: results with the same host form one transaction; _time is the
# earliest event's, other fields the union of distinct values (sorted),
# duration = last - first _time, eventcount = events; newest first
--- query
* | eval _time=ts | transaction host | table _time host msg duration eventcount
--- input
{"ts":100,"host":"a","msg":"start"}
{"ts":102,"host":"a","msg":"mid"}
{"ts":103,"host":"b","msg":"other"}
{"ts":110,"host":"a","msg":"end"}
--- expect
{"_time":"1970-01-01T00:01:43.000+00:00","host":"b","msg":"other","duration":"0","eventcount":"1"}
{"_time":"1970-01-01T00:01:40.000+00:00","host":"a","msg":["end","mid","start"],"duration":"10","eventcount":"3"}
