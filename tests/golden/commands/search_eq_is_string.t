# search: = compares strings: "1" does not match "1.0" or "01" (SR:search)
--- query
x=1 | table n
--- input
{"n":"a","x":"1"}
{"n":"b","x":"1.0"}
{"n":"c","x":"01"}
{"n":"d","x":1}
--- expect
{"n":"a"}
{"n":"d"}
