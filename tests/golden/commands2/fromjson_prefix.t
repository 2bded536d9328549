# SR:fromjson example 2: prefix= is prepended to the field names
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval object=json_object("name", "Albert", "age", 63) | fromjson object prefix=json_ | table json_name json_age
--- expect
{"json_name":"Albert","json_age":"63"}
