# fromjson: top-level keys only; arrays become multivalue, objects JSON text
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval j="{\"tags\":[\"a\",\"b\",{\"c\":1}],\"loc\":{\"city\":\"Oslo\"},\"flag\":false}" | fromjson j | table tags loc flag
--- expect
{"tags":["a","b","{\"c\":1}"],"loc":"{\"city\":\"Oslo\"}","flag":"false"}
