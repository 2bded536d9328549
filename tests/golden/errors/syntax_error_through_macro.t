# A syntax error after a macro points into the user's own text, not the
# expansion (`cloudtrail` expands to sourcetype=aws:cloudtrail).
--- args
-m
$SHARED/corpus/security_content/macros
--- query
`cloudtrail` eventName=x
| eval a=(1+ | stats count
--- input
{"eventName":"x"}
--- expect
--- stderr
splq: syntax error at line 2, column 14: unexpected '|'
| eval a=(1+ | stats count
             ^
--- exit
1
