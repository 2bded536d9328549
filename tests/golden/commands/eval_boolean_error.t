# eval: a Boolean cannot be stored ("The result of an eval expression cannot
# be a Boolean", SR:eval)
--- query
| eval ok=n>1
--- input
{"n":"2"}
--- stderr
cannot be a Boolean
--- exit
1
