# foreach: Splunk's example 2: test1..test3 added up in field-name order
--- query
| makeresults | eval total=0, test1=1, test2=2, test3=3 | foreach test* [eval total=total + <<FIELD>>] | table test1 test2 test3 total
--- expect
{"test1":"1","test2":"2","test3":"3","total":"6"}
