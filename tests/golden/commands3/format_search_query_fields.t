# format: the values of fields named search and query are written as they are
--- query
* | eval search="a=1 OR b=2", query="error" | table search query | format
--- input
{"x":"1"}
--- expect
{"search":"( ( error AND a=1 OR b=2 ) )"}
