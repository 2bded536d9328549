# search: a term does not match part of a token without '*'
--- query
Login | table n
--- input
{"n":"1","eventName":"ConsoleLogin"}
{"n":"2","eventName":"Login"}
--- expect
{"n":"2"}
