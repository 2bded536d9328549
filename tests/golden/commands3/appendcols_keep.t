# appendcols: with override=false (the default) the current value stays
--- query
* | table user | appendcols maxout=10 maxtime=10 timeout=10 [search * | eval user="sub:".user, extra=1 | table user extra]
--- input
{"user":"a"}
--- expect
{"user":"a","extra":"1"}
