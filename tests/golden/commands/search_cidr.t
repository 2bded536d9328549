# search: a CIDR value matches IPv4 and IPv6 addresses in the subnet
--- query
src_ip=10.0.0.0/8 OR src_ip="2001:db8::/32" | table src_ip
--- input
{"src_ip":"10.1.2.3"}
{"src_ip":"11.1.2.3"}
{"src_ip":"2001:db8::1"}
{"src_ip":"2001:db9::1"}
{"src_ip":"not-an-ip"}
--- expect
{"src_ip":"10.1.2.3"}
{"src_ip":"2001:db8::1"}
