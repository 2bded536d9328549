# SR:makeresults format=json: one result per object, _raw its text;
# nested keys named as JSON extraction names them; count is ignored
--- args
-o
json
--now
1700000000
--- query
| makeresults count=5 format=json data="[{\"name\":\"Larson\",\"age\":32},{\"name\":\"Lee\",\"tags\":[\"a\",\"b\"],\"loc\":{\"city\":\"Seattle\"}}]"
--- expect
{"_time":"2023-11-14T22:13:20.000+00:00","_raw":"{\"name\":\"Larson\",\"age\":32}","name":"Larson","age":"32"}
{"_time":"2023-11-14T22:13:20.000+00:00","_raw":"{\"name\":\"Lee\",\"tags\":[\"a\",\"b\"],\"loc\":{\"city\":\"Seattle\"}}","name":"Lee","tags{}":["a","b"],"loc.city":"Seattle"}
