# fillnull after stats, the common detection pattern
--- query
* | stats count by user, src | fillnull value="unknown"
--- input
{"user":"a","src":"1.1.1.1"}
{"user":"b"}
--- expect
{"user":"a","src":"1.1.1.1","count":"1"}
