# makemv setsv=true: a single value (splq joins the values with delim)
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval x="a,,b" | makemv delim="," setsv=true x | table x
--- expect
{"x":"a,b"}
