# eval: assignments apply left to right; later ones see earlier results;
# assigning an existing field overwrites it in place
--- query
| eval b=a*2, c=b+1, a="x" | table a b c
--- input
{"a":"2"}
--- expect
{"a":"x","b":"4","c":"5"}
