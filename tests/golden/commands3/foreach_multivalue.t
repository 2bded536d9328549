# foreach: mode=multivalue runs a single eval per value, <<ITEM>> being the
# value (Splunk's "support for multiple eval statements" example)
--- query
| makeresults | eval mv=mvappend("5", "15"), total = 0, count = 0 | foreach mode=multivalue mv [eval total = total + <<ITEM>>, count = count + 1] | table count mv total
--- expect
{"count":"2","mv":["5","15"],"total":"20"}
