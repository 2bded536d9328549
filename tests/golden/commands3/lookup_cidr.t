# lookup: a transforms.conf definition with match_type = CIDR(network) matches
# addresses inside the table's subnets (IPv4 and IPv6; a bare address is a
# /32); max_matches = 1 takes the first matching row in file order
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup network_zones network AS ip OUTPUT zone | table ip zone
--- input
{"ip":"10.1.2.3"}
{"ip":"10.200.0.1"}
{"ip":"192.168.1.5"}
{"ip":"192.168.1.6"}
{"ip":"2001:db8::1"}
{"ip":"not an address"}
--- expect
{"ip":"10.1.2.3","zone":"lab"}
{"ip":"10.200.0.1","zone":"corp"}
{"ip":"192.168.1.5","zone":"printer"}
{"ip":"192.168.1.6"}
{"ip":"2001:db8::1","zone":"v6net"}
{"ip":"not an address"}
