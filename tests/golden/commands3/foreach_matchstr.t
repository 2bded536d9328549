# foreach: Splunk's example 5: <<MATCHSTR>> is what the wildcard matched
# (here a number: test1 = 5 + 1)
--- query
| makeresults | eval test1 = 5, test2 = 10 | foreach test* [eval <<FIELD>> = <<FIELD>> + <<MATCHSTR>>] | table test1 test2
--- expect
{"test1":"6","test2":"12"}
