# map: at most maxsearches searches (default 10), with a warning when results
# are left out
--- query
* | map maxsearches=2 search="search n=$n$ | eval seen=$n$ | table seen"
--- input
{"n":"1"}
{"n":"2"}
{"n":"3"}
--- expect
{"seen":"1"}
{"seen":"2"}
--- stderr
map: the search result count (3) exceeds maxsearches (2); only the first 2 were searched
