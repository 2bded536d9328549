# Found by fuzz_time: a %Ez (minutes east) offset of 18 digits overflowed a
# long (UBSan).  An offset beyond a day does not match: strptime gives null.
--- query
| makeresults | eval t=strptime("-277777777777777777", "%Ez"), u=strptime("2024-01-01 00:00 +120","%Y-%m-%d %H:%M %Ez") | table t u
--- expect
{"u":"1704060000.000000"}
