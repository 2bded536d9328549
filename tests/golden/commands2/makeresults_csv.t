# SR:makeresults format=csv: the first line names the fields, one result per
# line; quoted cells may hold commas and doubled quotes; empty cells give no field
--- args
-o
json
--now
1700000000
--- query
| makeresults format=csv data="name,age,city
Larson,32,Seattle
\"Lee, \"\"J\"\"\",,Portland"
--- expect
{"_time":"2023-11-14T22:13:20.000+00:00","name":"Larson","age":"32","city":"Seattle"}
{"_time":"2023-11-14T22:13:20.000+00:00","name":"Lee, \"J\"","city":"Portland"}
