# dedup keepempty=true keeps every result missing a field
--- query
| dedup user keepempty=true | table n
--- input
{"n":"1","user":"a"}
{"n":"2"}
{"n":"3","user":"a"}
{"n":"4"}
--- expect
{"n":"1"}
{"n":"2"}
{"n":"4"}
