# lookup: without max_matches every subnet that holds the address matches,
# in file order
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup network_zones_all network AS ip OUTPUT zone | table ip zone
--- input
{"ip":"10.1.2.3"}
--- expect
{"ip":"10.1.2.3","zone":["lab","corp"]}
