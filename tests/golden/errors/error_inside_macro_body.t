# An error inside a macro's definition is shown at the macro call.
--- args
-m
tests/data/macros_bad
--- query
eventName=x | `broken_stage` | stats count
--- input
{"eventName":"x"}
--- expect
--- stderr
splq: syntax error at line 1, column 15: unexpected '*'
eventName=x | `broken_stage` | stats count
              ^
--- exit
1
