# append: maxout= keeps that many of the subsearch's results (default 50,000)
# and says it truncated; maxtime= and extendtimerange= are accepted
--- query
* | head 1 | table n | append maxout=2 maxtime=30 extendtimerange=true [search * | table n]
--- input
{"n":"1"}
{"n":"2"}
{"n":"3"}
--- expect
{"n":"1"}
{"n":"1"}
{"n":"2"}
--- stderr
append: the subsearch's results were truncated to 2 (maxout)
