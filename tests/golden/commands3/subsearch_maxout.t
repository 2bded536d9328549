# subsearch: a subsearch in search keeps its first 10,000 results
# ([subsearch] maxout), with a warning
--- query
* [| makeresults count=10003 | streamstats count AS n | table n] | table n
--- input
{"n":"1"}
{"n":"10000"}
{"n":"10001"}
{"n":"10003"}
--- expect
{"n":"1"}
{"n":"10000"}
--- stderr
subsearch: only the first 10000 results are used (maxout)
