# search: search * matches everything
--- query
* | search * | table n
--- input
{"n":"1"}
{"n":"2"}
--- expect
{"n":"1"}
{"n":"2"}
