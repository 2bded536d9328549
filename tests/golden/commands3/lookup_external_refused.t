# lookup: an external (scripted) lookup cannot run in splq
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup scripted clientip AS ip
--- input
{"ip":"1.2.3.4"}
--- stderr
lookup "scripted" is an external (scripted) lookup, which splq cannot run
--- exit
1
