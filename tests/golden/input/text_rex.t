# Fields of plain text come from rex; search terms match _raw
--- query
Failed password | rex "for (?<user>\S+) from (?<src>\S+) port (?<port>\d+)" | stats count by src user
--- files
tests/data/input/auth.log
--- expect
{"src":"203.0.113.5","user":"admin","count":"1"}
{"src":"203.0.113.5","user":"root","count":"1"}
