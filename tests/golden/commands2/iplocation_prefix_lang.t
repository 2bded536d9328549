# SR:iplocation prefix= (corpus: iplocation prefix=auth_ dest) and lang=
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval dest="203.0.113.9" | iplocation prefix=auth_ lang=de db_path=tests/data/geoip/test-city.mmdb dest | fields - _time
--- expect
{"dest":"203.0.113.9","auth_City":"Springfeld","auth_Country":"Vereinigte Staaten","auth_Region":"","auth_lat":"39.7817","auth_lon":"-89.6501"}
