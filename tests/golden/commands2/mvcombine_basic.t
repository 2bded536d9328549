# SR:mvcombine: results identical but for the field merge into one,
# in order of first appearance
--- args
-o
json
--now
1700000000
--- query
| mvcombine host | table host max min
--- input
{"host":"web1","max":"10","min":"1"}
{"host":"web2","max":"10","min":"1"}
{"host":"web3","max":"9","min":"1"}
{"host":"web4","max":"10","min":"1"}
--- expect
{"host":["web1","web2","web4"],"max":"10","min":"1"}
{"host":"web3","max":"9","min":"1"}
