# search: NOT [subsearch] drops the events the subsearch describes
--- query
action=login NOT [search action=create | table user] | table n
--- input
{"n":"1","action":"create","user":"alice"}
{"n":"2","action":"login","user":"alice"}
{"n":"3","action":"login","user":"bob"}
--- expect
{"n":"3"}
