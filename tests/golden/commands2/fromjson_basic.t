# SR:fromjson example 1: keys become fields
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval object=json_object("name", "Albert", "age", 63) | fromjson object | table name age object
--- expect
{"name":"Albert","age":"63","object":"{\"name\":\"Albert\",\"age\":63}"}
