# iplocation with a database file that does not exist
--- args
-o
json
--now
1700000000
--- query
| makeresults | iplocation db_path=tests/data/geoip/none.mmdb src
--- expect

--- stderr
splq: input error at line 1, column 28: tests/data/geoip/none.mmdb: No such file or directory
--- exit
1
