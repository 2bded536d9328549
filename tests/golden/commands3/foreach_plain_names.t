# foreach: Splunk's example 3: names without wildcards are iterated whether
# or not the fields exist; <<FIELD>> inside a string is replaced too
--- query
| makeresults | foreach name price category [eval <<FIELD>> = "<<FIELD>>"] | table category name price
--- expect
{"category":"category","name":"name","price":"price"}
