# A query error is reported with its line and column in the user's text,
# the line, and a caret; exit status 1; nothing on stdout.
--- query
eventName=JobCreated
| eval x = (1 + 2
--- input
{"eventName":"JobCreated"}
--- stderr
splq: syntax error at line 2, column
| eval x = (1 + 2
--- exit
1
