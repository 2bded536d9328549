# NO_COLOR has no say when stdout is not a terminal, nor does --color=auto
--- args
-o
table
--color=auto
--- query
| makeresults | eval n=1 | fields - _time
--- expect
n
-
1
