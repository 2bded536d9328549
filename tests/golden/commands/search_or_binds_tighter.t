# search: OR binds tighter than the implicit AND: a=1 OR b=1 c=1 is
# (a=1 OR b=1) AND c=1 (SR:Understanding SPL syntax)
--- query
a=1 OR b=1 c=1 | table n
--- input
{"n":"1","a":"1"}
{"n":"2","a":"1","c":"1"}
{"n":"3","b":"1","c":"1"}
{"n":"4","c":"1"}
--- expect
{"n":"2"}
{"n":"3"}
