# An error inside a macro's text is shown at the call the user wrote.
--- args
-o
json
-m
tests/golden/macro/defs
--- query
search *
| `bad_body` | head 1
--- stderr
error at line 2, column 3:
| `bad_body` | head 1
  ^
--- exit
1
