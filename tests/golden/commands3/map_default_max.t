# map: the default maxsearches is 10
--- query
* | map search="| makeresults | eval n=$n$ | table n" | stats count
--- input
{"n":"1"}
{"n":"2"}
{"n":"3"}
{"n":"4"}
{"n":"5"}
{"n":"6"}
{"n":"7"}
{"n":"8"}
{"n":"9"}
{"n":"10"}
{"n":"11"}
{"n":"12"}
--- expect
{"count":"10"}
--- stderr
map: the search result count (12) exceeds maxsearches (10)
