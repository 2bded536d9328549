# A macro that no directory defines is an error at the call.
--- query
eventName=x
| `not_defined_anywhere(a, b)`
--- input
{"eventName":"x"}
--- expect
--- stderr
splq: macro error at line 2, column 3: macro `not_defined_anywhere(2)` is not defined
| `not_defined_anywhere(a, b)`
  ^
--- exit
1
