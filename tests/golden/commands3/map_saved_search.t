# map: saved searches do not exist in splq
--- query
* | map mytimebased_savedsearch
--- input
{"n":"1"}
--- stderr
map: saved searches are not supported ("mytimebased_savedsearch")
--- exit
1
