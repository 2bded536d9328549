# SR:regex field=regex keeps matching results
--- args
-o
json
--now
1700000000
--- query
| regex src="^192\.0\.2\.\d+$" | table src
--- input
{"src":"192.0.2.10"}
{"src":"198.51.100.1"}
{"src":"192.0.2.7"}
{"other":"1"}
--- expect
{"src":"192.0.2.10"}
{"src":"192.0.2.7"}
