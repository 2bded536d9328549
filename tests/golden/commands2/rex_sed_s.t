# SR:rex mode=sed: s/regex/replacement/g with back references (masking digits)
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval ccnum="1234-5678-9012-3456" | rex field=ccnum mode=sed "s/(\d{4}-){3}/XXXX-XXXX-XXXX-/g" | table ccnum
--- expect
{"ccnum":"XXXX-XXXX-XXXX-3456"}
