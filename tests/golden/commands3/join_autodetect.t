# join: without a field list, the fields both sides have are the join fields
--- query
* | where kind="main" | table user dept | join [search kind="info" | table user title]
--- input
{"kind":"main","user":"alice","dept":"eng"}
{"kind":"main","user":"bob","dept":"ops"}
{"kind":"info","user":"bob","title":"boss"}
--- expect
{"user":"bob","dept":"ops","title":"boss"}
