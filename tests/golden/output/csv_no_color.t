# --color=always applies to the table only: JSON and CSV never carry escapes
--- args
-o
csv
--color=always
--- query
| makeresults | eval n=1 | fields - _time
--- expect
n
1
