# union: from the first dataset that is not distributable streaming (here:
# head) on, datasets are appended, each limited to maxout results
--- query
| union maxout=1 [search kind=a | head 5] [search kind=b] | table n
--- input
{"kind":"a","n":"1"}
{"kind":"b","n":"2"}
{"kind":"a","n":"3"}
{"kind":"b","n":"4"}
--- expect
{"n":"1"}
{"n":"2"}
--- stderr
union: the subsearch's results were truncated to 1 (maxout)
