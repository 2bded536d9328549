# Found by fuzz_time: %s read up to 19 digits into a long long, and
# 9700000000000000613 overflowed it (UBSan).  An epoch past the long long
# range does not match: strptime gives null; 9e18, within it, still reads.
--- query
| makeresults | eval t=strptime("9700000000000000613", "%s"), u=strptime("9000000000000000000", "%s"), v=strptime("1700000000.5", "%s.%N") | table t u v
--- expect
{"u":"9000000000000000000.000000","v":"1700000000.500000"}
