# search: NOT f=v also keeps events without f; f!=v needs f (SR:search)
--- query
NOT status=ok | table n
--- input
{"n":"1","status":"ok"}
{"n":"2","status":"failed"}
{"n":"3"}
--- expect
{"n":"2"}
{"n":"3"}
