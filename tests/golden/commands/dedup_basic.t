# dedup: the first result of each value is kept, in order; results without
# the field are dropped (keepempty=false)
--- query
| dedup user | table n user
--- input
{"n":"1","user":"a"}
{"n":"2","user":"b"}
{"n":"3","user":"a"}
{"n":"4"}
{"n":"5","user":"A"}
--- expect
{"n":"1","user":"a"}
{"n":"2","user":"b"}
{"n":"5","user":"A"}
