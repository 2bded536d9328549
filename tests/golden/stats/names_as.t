# Output names: count, fn(field) as written, or the AS name; BY is
# case-insensitive and commas between aggregates are optional
--- query
| stats count AS n, distinct_count(u) dc(u) as users values(u) Max(p) By h
--- input
{"h":"x","u":"b","p":"1"}
{"h":"x","u":"a","p":"7"}
{"h":"x","u":"b","p":"3"}
--- expect
{"h":"x","n":"3","distinct_count(u)":"2","users":"2","values(u)":["a","b"],"Max(p)":"7"}
