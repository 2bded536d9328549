# dedup over several fields: the combination counts; a missing field drops
# the result
--- query
| dedup user, src | table n
--- input
{"n":"1","user":"a","src":"x"}
{"n":"2","user":"a","src":"y"}
{"n":"3","user":"a","src":"x"}
{"n":"4","user":"a"}
--- expect
{"n":"1"}
{"n":"2"}
