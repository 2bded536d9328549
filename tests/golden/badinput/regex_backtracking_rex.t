# rex with a catastrophically backtracking pattern: a limit error, no hang.
--- query
| makeresults | eval s="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" | rex field=s "^(?<x>(a|aa)+)+$" | table s x
--- stderr
limit error: regular expression: match limit exceeded
--- exit
1
