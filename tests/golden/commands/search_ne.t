# search: f!=v keeps events where f exists and differs (case-insensitive)
--- query
status!=ok | table n
--- input
{"n":"1","status":"OK"}
{"n":"2","status":"failed"}
{"n":"3"}
--- expect
{"n":"2"}
