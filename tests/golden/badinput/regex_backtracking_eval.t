# A regular expression built to backtrack catastrophically stops at PCRE2's
# match limit (docs/limits.md) with a limit error, instead of hanging.
--- query
| makeresults | eval s="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" | eval m=if(match(s,"^(a+)+$"),"y","n") | table m
--- stderr
limit error at line 1, column 86: regular expression: match limit exceeded
--- exit
1
