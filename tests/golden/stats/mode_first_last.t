# mode(): the most frequent value (the first seen wins a tie);
# first()/last(): the first and last value in input order
--- query
| stats mode(x) first(x) last(x) mode(y)
--- input
{"x":"b","y":"1"}
{"x":"a","y":"2"}
{"x":"a","y":"2"}
{"x":"c","y":"1"}
{"x":"b"}
--- expect
{"mode(x)":"b","first(x)":"b","last(x)":"b","mode(y)":"1"}
