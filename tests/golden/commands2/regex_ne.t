# SR:regex field!=regex keeps results that do not match (and those without the field)
--- args
-o
json
--now
1700000000
--- query
| regex src!="^192\.0\.2\." | table src other
--- input
{"src":"192.0.2.10"}
{"src":"198.51.100.1"}
{"other":"1"}
--- expect
{"src":"198.51.100.1"}
{"other":"1"}
