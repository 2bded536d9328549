# A multivalue field is an array of strings (numbers formatted); a single
# value is a plain string; a JSON array in the event is a multivalue field.
--- query
| eval two=mvappend("a", "b"), nums=mvappend(1, 2.5), one=mvappend("x") | table two nums one tags{}
--- input
{"tags":["red","green","blue"]}
--- expect
{"two":["a","b"],"nums":["1","2.5"],"one":"x","tags{}":["red","green","blue"]}
