# `splq parse` reports errors as a run does: position, line, caret; exit 1.
--- args
parse
--- query
| eval x = (1 +
--- stderr
splq: syntax error at line 1
| eval x = (1 +
--- exit
1
