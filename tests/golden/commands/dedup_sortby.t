# dedup sortby: the results are sorted first, so the sort decides which one
# is kept; the output is in sort order
--- query
| dedup user sortby -n | table n user
--- input
{"n":"1","user":"a"}
{"n":"5","user":"b"}
{"n":"10","user":"a"}
{"n":"2","user":"b"}
--- expect
{"n":"10","user":"a"}
{"n":"5","user":"b"}
