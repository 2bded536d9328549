# foreach: Splunk's example 9: mode=json_array iterates the elements of a
# JSON array
--- query
| makeresults | eval jsonfield=json_array(1, 2, 3), total=0 | foreach mode=json_array jsonfield [eval total = total + <<ITEM>>] | table jsonfield, total
--- expect
{"jsonfield":"[1,2,3]","total":"6"}
