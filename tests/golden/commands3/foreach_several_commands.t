# foreach: the multifield template may hold several streaming commands; one
# that drops the result drops it
--- query
* | foreach n* [eval <<FIELD>> = <<FIELD>> * 10 | where <<FIELD>> < 100 | rename <<FIELD>> AS big_<<MATCHSTR>>] | table big_1 big_2
--- input
{"n1":"1","n2":"2"}
{"n1":"3","n2":"40"}
--- expect
{"big_1":"10","big_2":"20"}
