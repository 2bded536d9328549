# SR:makemv tokenizer: the first capture group of each match
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval x="a1,b22,c333" | makemv tokenizer="([a-z]\d+),?" x | table x
--- expect
{"x":["a1","b22","c333"]}
