# SR:nomv: a multivalue field becomes one value, joined by newlines
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval m=split("a,b,c",",") | nomv m | table m
--- expect
{"m":"a\nb\nc"}
