# Without BY, stats gives one row even over no events: counts are 0, the
# other aggregates are empty (and so left out)
--- query
| stats count dc(a) values(a) sum(a) count(a) max(a)
--- input
--- expect
{"count":"0","dc(a)":"0","count(a)":"0"}
