# SR:iplocation allfields=true adds Continent, MetroCode, Timezone
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval src="203.0.113.9" | iplocation allfields=true db_path=tests/data/geoip/test-city.mmdb src | fields - _time
--- expect
{"src":"203.0.113.9","City":"Springfield","Continent":"North America","Country":"United States","MetroCode":"648","Region":"Illinois","Timezone":"America/Chicago","lat":"39.7817","lon":"-89.6501"}
