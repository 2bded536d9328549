# The ESCU macro security_content_ctime: convert timeformat="%Y-%m-%dT%H:%M:%S"
# ctime(field); AS writes a new field and keeps the original
--- query
| convert timeformat="%Y-%m-%dT%H:%M:%S" ctime(firstTime) ctime(lastTime) AS last | table firstTime lastTime last
--- input
{"firstTime":"1700000000","lastTime":"1700003600"}
--- expect
{"firstTime":"2023-11-14T22:13:20","lastTime":"1700003600","last":"2023-11-14T23:13:20"}
