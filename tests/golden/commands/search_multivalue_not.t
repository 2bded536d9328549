# search: NOT f=v drops an event when any value of f matches
--- query
NOT tags{}=q | table n
--- input
{"n":"1","tags":["p","q"]}
{"n":"2","tags":["p"]}
--- expect
{"n":"2"}
