# SR:regex <regex>: matched against _raw
--- args
-o
json
--now
1700000000
--- query
| regex "\"user\":\s*\"adm" | table user
--- input
{"user":"admin"}
{"user":"bob"}
{"user": "adm2"}
--- expect
{"user":"admin"}
{"user":"adm2"}
