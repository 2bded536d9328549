# dedup keepevents=true keeps duplicates but removes the fields from them
--- query
| dedup user keepevents=true | table n user
--- input
{"n":"1","user":"a"}
{"n":"2","user":"a"}
--- expect
{"n":"1","user":"a"}
{"n":"2"}
