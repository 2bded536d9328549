# search: a multivalue field matches when any of its values matches
--- query
tags{}=q | table n
--- input
{"n":"1","tags":["p","q"]}
{"n":"2","tags":["p"]}
{"n":"3","tags":["Q","r"]}
--- expect
{"n":"1"}
{"n":"3"}
