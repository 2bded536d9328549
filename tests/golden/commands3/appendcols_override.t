# appendcols: a field both have keeps the current value unless override=true
--- query
* | table user | appendcols [search * | eval user="sub:".user | table user] | appendcols override=true [search * | eval user="over:".user | table user]
--- input
{"user":"a"}
{"user":"b"}
--- expect
{"user":"over:a"}
{"user":"over:b"}
