# iplocation without a database names what is missing
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval src="203.0.113.9" | iplocation src
--- expect

--- stderr
splq: unsupported error at line 1, column 42: iplocation needs a MaxMind GeoIP2/GeoLite2 City database, which splq does not ship: give db_path=<file.mmdb> or set SPLQ_GEOIP_DB
--- exit
1
