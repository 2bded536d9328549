# foreach: Splunk's example 1: a row total over the fields www*; each run sees
# the total the previous one left; a result without www2 is not iterated over
# it
--- query
* | eval total=0 | foreach www* [eval total=total + <<FIELD>>] | table categoryId www1 www2 total
--- input
{"categoryId":"ACCESSORIES","www1":1000,"www2":500}
{"categoryId":"SIMULATION","www1":3000,"www2":750}
{"categoryId":"ARCADE","www1":800}
{"categoryId":"STRATEGY","www1":400,"www2":200}
--- expect
{"categoryId":"ACCESSORIES","www1":"1000","www2":"500","total":"1500"}
{"categoryId":"SIMULATION","www1":"3000","www2":"750","total":"3750"}
{"categoryId":"ARCADE","www1":"800","total":"800"}
{"categoryId":"STRATEGY","www1":"400","www2":"200","total":"600"}
