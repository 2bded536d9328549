# SR:spath without a path: every value extracted, nested keys joined by '.',
# arrays as {} (multivalue); from _raw by default
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="{\"user\":{\"name\":\"ann\",\"roles\":[\"admin\",\"dev\"]},\"n\":1.50,\"ok\":true,\"x\":null}" | spath | table user.name user.roles{} n ok x
--- expect
{"user.name":"ann","user.roles{}":["admin","dev"],"n":"1.50","ok":"true","x":"null"}
