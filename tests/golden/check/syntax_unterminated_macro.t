# The closing backtick of a macro call cut: positioned at the call's start.
--- args
check
-m
$SHARED/corpus/security_content/macros
--- query
`wineventlog_security EventCode=5145
| stats count by src
--- expect
query
  error at line 1, column 1: unterminated macro call: ` without a closing `
    `wineventlog_security EventCode=5145
    ^
  => not runnable as written (1 error)
--- exit
1
