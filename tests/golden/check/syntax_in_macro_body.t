# A syntax error inside a macro's definition is shown at the call, naming
# the macro (macros/broken.conf).
--- args
check
-m
tests/golden/check/macros
--- query
index=main sourcetype=demo
| `broken_macro`
| stats count by x
--- expect
query
  note at line 2, column 3: this '(' is not closed (in macro `broken_macro`)
    | `broken_macro`
      ^
  error at line 3, column 1: unexpected '|'
    | stats count by x
    ^
  => not runnable as written (1 error, 1 note)
--- exit
1
