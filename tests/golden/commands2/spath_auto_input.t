# spath input=<field> in auto mode
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval doc="{\"k\":\"v\",\"arr\":[1,2,{\"z\":3}]}" | spath input=doc | table k arr{} arr{}.z
--- expect
{"k":"v","arr{}":["1","2"],"arr{}.z":"3"}
