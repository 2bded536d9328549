# search: NOT f IN (...) also keeps events without f
--- query
NOT code IN (404, 500) | table n
--- input
{"n":"1","code":"404"}
{"n":"2","code":"200"}
{"n":"3"}
--- expect
{"n":"2"}
{"n":"3"}
