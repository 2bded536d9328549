# IPv4 addresses sort as addresses, both with ip() and automatically
--- query
| sort ip | table ip
--- input
{"ip":"10.0.0.2"}
{"ip":"9.1.1.1"}
{"ip":"10.0.0.10"}
{"ip":"192.168.0.1"}
--- expect
{"ip":"9.1.1.1"}
{"ip":"10.0.0.2"}
{"ip":"10.0.0.10"}
{"ip":"192.168.0.1"}
