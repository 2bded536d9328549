# iplocation with a file that is not a MaxMind database
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval src="203.0.113.9" | iplocation db_path=tests/data/geoip/make_test_mmdb.py src
--- expect

--- stderr
splq: input error at line 1, column 53: tests/data/geoip/make_test_mmdb.py is not a MaxMind database (no metadata marker)
--- exit
1
