# union: datamodel: and savedsearch: datasets are not supported
--- query
| union datamodel:"internal_server.splunkdaccess" [search *]
--- input
{"user":"bob"}
--- stderr
union: datamodel datasets are not supported
--- exit
1
