# SR:iplocation: City, Country, Region, lat, lon from the database
# (tests/data/geoip/test-city.mmdb, made by make_test_mmdb.py); an address it does not hold
# (private, malformed) gets no fields; a held one without a city gets empty ones; IPv6 too
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval ip=split("203.0.113.9,198.51.100.3,2001:db8:1::5,10.0.0.1,bogus",",") | mvexpand ip | iplocation db_path=tests/data/geoip/test-city.mmdb ip | fields - _time
--- expect
{"ip":"203.0.113.9","City":"Springfield","Country":"United States","Region":"Illinois","lat":"39.7817","lon":"-89.6501"}
{"ip":"198.51.100.3","City":"","Country":"Norway","Region":"","lat":"62","lon":"10"}
{"ip":"2001:db8:1::5","City":"Oslo","Country":"Norway","Region":"Oslo County","lat":"59.9127","lon":"10.7461"}
{"ip":"10.0.0.1"}
{"ip":"bogus"}
